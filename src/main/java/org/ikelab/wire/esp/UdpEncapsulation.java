package org.ikelab.wire.esp;

/**
 * UDP encapsulation of ESP for NAT traversal (RFC 3948). On UDP port 4500 three things share
 * the port, told apart by the first bytes of the UDP payload (§2.1-2.3):
 * <ul>
 *   <li>a single 0xFF byte is a NAT-keepalive, to be dropped;</li>
 *   <li>four zero bytes (the non-ESP marker, where an SPI can never be 0) start an IKE message;</li>
 *   <li>anything else is an ESP packet starting with its SPI.</li>
 * </ul>
 * The UDP checksum of ESP-in-UDP is sent as zero and not checked on receipt (§2.1, §3.1.2).
 */
public final class UdpEncapsulation {
    /** The IKE/ESP NAT-T port (RFC 3947, RFC 3948). */
    public static final int PORT = 4500;
    /** Length of the non-ESP marker that precedes IKE messages on port 4500. */
    public static final int NON_ESP_MARKER_LENGTH = 4;
    /** The NAT-keepalive payload byte (§2.3). */
    public static final int NAT_KEEPALIVE_BYTE = 0xFF;
    /** UDP header length. */
    public static final int UDP_HEADER_LENGTH = 8;

    /** What a UDP/4500 payload carries. */
    public enum Kind { ESP, IKE, NAT_KEEPALIVE, INVALID }

    private UdpEncapsulation() {
    }

    /** Classifies the UDP payload {@code b[off, off+len)} received on port 4500. */
    public static Kind classify(byte[] b, int off, int len) {
        if (len == 1 && (b[off] & 0xFF) == NAT_KEEPALIVE_BYTE) return Kind.NAT_KEEPALIVE;
        if (len < NON_ESP_MARKER_LENGTH) return Kind.INVALID;
        boolean marker = b[off] == 0 && b[off + 1] == 0 && b[off + 2] == 0 && b[off + 3] == 0;
        if (marker) return len > NON_ESP_MARKER_LENGTH ? Kind.IKE : Kind.INVALID;
        return len >= EspHeader.HEADER_LENGTH ? Kind.ESP : Kind.INVALID;
    }

    /** Writes the 4-byte non-ESP marker at {@code off}. */
    public static void writeNonEspMarker(byte[] b, int off) {
        b[off] = 0;
        b[off + 1] = 0;
        b[off + 2] = 0;
        b[off + 3] = 0;
    }
}
