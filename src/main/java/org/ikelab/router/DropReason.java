package org.ikelab.router;

/** Why the router dropped a packet or frame; every drop increments exactly one of these. */
public enum DropReason {
    INPUT_QUEUE_FULL("input queue full"),
    INTERFACE_DOWN("interface down"),
    BAD_ETHERNET("malformed Ethernet frame"),
    NOT_FOR_US("frame for another MAC address"),
    UNKNOWN_ETHERTYPE("unknown protocol"),
    BAD_ARP("malformed or unsupported ARP"),
    BAD_IPV4("malformed IPv4 header"),
    BAD_IPV4_CHECKSUM("bad IPv4 header checksum"),
    TTL_EXPIRED("TTL expired in transit"),
    NO_ROUTE("no route to destination"),
    ACL_IN("denied by inbound access list"),
    ACL_OUT("denied by outbound access list"),
    ARP_QUEUE_FULL("ARP pending queue full"),
    ARP_UNRESOLVED("ARP resolution failed"),
    NEEDS_FRAGMENTATION("DF set and larger than the MTU"),
    REASSEMBLY_FAILED("fragment reassembly failed or timed out"),
    REASSEMBLY_LIMIT("fragment reassembly limits reached"),
    BAD_ICMP("malformed ICMP"),
    BAD_UDP("malformed UDP"),
    UDP_NO_LISTENER("no UDP listener on the port"),
    UNKNOWN_PROTOCOL("no handler for the IP protocol"),
    LOOPBACK_DISCARD("sent to a loopback network"),
    TUNNEL_NO_OUTPUT("tunnel interface without a tunnel driver"),
    PORT_NOT_CONNECTED("interface without a link"),
    HOOK_DROP("dropped by an ingress or egress hook");

    private final String description;

    DropReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
