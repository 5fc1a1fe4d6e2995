package org.ikelab.config;

/** Interface types, in the order IOS lists interface blocks in the running-config (§3.1 item 8). */
public enum IfType {
    LOOPBACK("Loopback"),
    TUNNEL("Tunnel"),
    GIGABIT_ETHERNET("GigabitEthernet"),
    /** Only {@code type tunnel} templates (dynamic VTI); listed after the physical interfaces. */
    VIRTUAL_TEMPLATE("Virtual-Template");

    private final String ios;

    IfType(String ios) {
        this.ios = ios;
    }

    /** The full IOS type name ("GigabitEthernet"). */
    public String ios() {
        return ios;
    }

    /** The type with this IOS name (case-insensitive), or null. */
    public static IfType of(String name) {
        for (IfType t : values()) if (t.ios.equalsIgnoreCase(name)) return t;
        return null;
    }
}
