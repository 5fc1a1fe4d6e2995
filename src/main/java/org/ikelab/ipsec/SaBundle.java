package org.ikelab.ipsec;

/**
 * The outbound SAs one policy applies together: ESP, AH, or both (IOS transform set
 * {@code ah-sha-hmac esp-aes esp-sha-hmac}). ESP is applied first, then AH over the result, so AH
 * is outermost (RFC 4301 §4.5). In tunnel mode the ESP SA builds the one outer header and AH
 * authenticates it in place.
 */
public record SaBundle(IpsecSa esp, IpsecSa ah) {
    public SaBundle {
        if (esp == null && ah == null) throw new IllegalArgumentException("empty bundle");
        if (esp != null && (esp.config().protocol() != IpsecProtocol.ESP || esp.config().direction() != Direction.OUTBOUND)) {
            throw new IllegalArgumentException("not an outbound ESP SA: " + esp);
        }
        if (ah != null && (ah.config().protocol() != IpsecProtocol.AH || ah.config().direction() != Direction.OUTBOUND)) {
            throw new IllegalArgumentException("not an outbound AH SA: " + ah);
        }
    }

    public static SaBundle of(IpsecSa sa) {
        return sa.config().protocol() == IpsecProtocol.ESP ? new SaBundle(sa, null) : new SaBundle(null, sa);
    }

    /**
     * The largest inner packet that still fits {@code pathMtu} once protected, IOS's
     * {@code plaintext mtu} (1438 for esp-aes esp-sha-hmac in tunnel mode on a 1500 path).
     */
    public int plaintextMtu(int pathMtu) {
        IpsecSa first = esp != null ? esp : ah;
        boolean tunnel = first.config().mode() == Mode.TUNNEL;
        // Tunnel: the outer header; transport: the packet's own header, which stays outside ESP.
        int room = pathMtu - Ipv4.MIN_HEADER;
        if (ah != null) room -= org.ikelab.wire.esp.AhHeader.lengthFor(ah.icvBytes);
        if (esp != null) {
            if (esp.config().udpEncap()) room -= org.ikelab.wire.esp.UdpEncapsulation.UDP_HEADER_LENGTH;
            room -= org.ikelab.wire.esp.EspHeader.HEADER_LENGTH + esp.ivBytes + esp.icvBytes;
            // ESP carries (inner + 2) rounded up to the cipher's alignment.
            int padded = room - room % esp.align;
            int inner = padded - 2;
            // In transport mode the IP header stays outside ESP.
            return tunnel ? inner : inner + Ipv4.MIN_HEADER;
        }
        return tunnel ? room : room + Ipv4.MIN_HEADER;
    }
}
