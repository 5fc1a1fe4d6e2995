package org.ikelab.ipsec;

/**
 * Which SAs an inbound packet came through, filled by {@link IpsecDataPlane#inbound}; reuse one
 * instance per router. The router or IKE can check that the protection matches the policy
 * (e.g. a GRE-protection interface wants its own SA) and attribute the packet to a tunnel.
 */
public final class InboundResult {
    IpsecSa esp;
    IpsecSa ah;
    long spi;
    IpsecProtocol protocol;
    boolean tunnelDecapsulated;
    int outerSource;
    int udpSourcePort;

    void reset() {
        tunnelDecapsulated = false;
        outerSource = 0;
        udpSourcePort = 0;
        esp = null;
        ah = null;
        spi = 0;
        protocol = null;
    }

    /** The ESP SA that decrypted the packet, or null. */
    public IpsecSa esp() { return esp; }

    /** The AH SA that verified the packet, or null. */
    public IpsecSa ah() { return ah; }

    /** The SA whose mode decided the inner packet (ESP when present). */
    public IpsecSa sa() { return esp != null ? esp : ah; }

    /** SPI of the last IPsec header looked at (the unknown one for INVALID_SPI). */
    public long spi() { return spi; }

    /** Source address of the outer header, as received (after any NAT). */
    public int outerSource() { return outerSource; }

    /**
     * UDP source port of a UDP-encapsulated packet, 0 for raw ESP/AH. A NAT may change it during
     * the SA's life (RFC 3948 §2.2 and RFC 3947): IKE compares it with the SA's peer port and
     * reinstalls the outbound SA when the mapping moved.
     */
    public int udpSourcePort() { return udpSourcePort; }

    /** Protocol of the last IPsec header looked at. */
    public IpsecProtocol protocol() { return protocol; }
}
