package org.ikelab.router;

/** Where a route came from, with the {@code show ip route} code and default administrative distance. */
public enum RouteSource {
    CONNECTED("C", 0),
    LOCAL("L", 0),
    STATIC("S", 1);

    private final String code;
    private final int defaultDistance;

    RouteSource(String code, int defaultDistance) {
        this.code = code;
        this.defaultDistance = defaultDistance;
    }

    public String code() { return code; }
    public int defaultDistance() { return defaultDistance; }
}
