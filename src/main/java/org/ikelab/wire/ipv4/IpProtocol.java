package org.ikelab.wire.ipv4;

/** IANA protocol numbers used in the IPv4 protocol field. */
public final class IpProtocol {
    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int GRE = 47;
    public static final int ESP = 50;
    public static final int AH = 51;
    public static final int OSPF = 89;

    private IpProtocol() {
    }

    /** The IOS keyword for a protocol number, or the number itself. */
    public static String name(int p) {
        return switch (p) {
            case ICMP -> "icmp";
            case TCP -> "tcp";
            case UDP -> "udp";
            case GRE -> "gre";
            case ESP -> "esp";
            case AH -> "ahp";
            case OSPF -> "ospf";
            default -> Integer.toString(p);
        };
    }
}
