package org.ikelab.config;

/** {@code ip route PREFIX MASK [INTERFACE] [NEXT-HOP] [DISTANCE] [name NAME] [permanent]}; distance 1 is the default. */
public record StaticRoute(String prefix, String mask, IfName iface, String nextHop, int distance, String name, boolean permanent) {
    /** Same destination and same way out: IOS replaces such a route instead of adding one. */
    public boolean sameTarget(StaticRoute o) {
        return prefix.equals(o.prefix) && mask.equals(o.mask) && java.util.Objects.equals(iface, o.iface)
                && java.util.Objects.equals(nextHop, o.nextHop);
    }
}
