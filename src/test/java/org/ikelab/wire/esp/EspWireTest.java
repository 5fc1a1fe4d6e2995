package org.ikelab.wire.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.Hex;
import org.junit.jupiter.api.Test;

/** ESP, AH and RFC 3948 views: fields at the RFC offsets, round trips, and no exceptions on junk. */
class EspWireTest {

    @Test
    void espHeaderFields() {
        // First bytes of draft-mcgrew-gcm-test-01 case 3: SPI 0x4a2cbfe3, sequence 2.
        byte[] b = Hex.decode("4a2cbfe300000002" + "0102030405060708");
        EspHeader h = EspHeader.parse(b, 0, b.length).value();
        assertEquals(0x4a2cbfe3L, h.spi());
        assertEquals(2, h.sequence());
        byte[] w = new byte[8];
        EspHeader.write(w, 0, 0xFFFFFFFFL, 0x80000001L);
        assertEquals("ffffffff80000001", Hex.encode(w));
        assertFalse(EspHeader.parse(b, 0, 7).isOk());
        assertFalse(EspHeader.parse(b, 10, 8).isOk());
    }

    @Test
    void trailerPaddingPerRfc4303() {
        assertEquals(0, EspTrailer.padLength(14, 16));
        assertEquals(15, EspTrailer.padLength(15, 16));
        assertEquals(2, EspTrailer.padLength(84, 4));
        byte[] b = new byte[32];
        int end = EspTrailer.write(b, 10, 5, 4);
        assertEquals(17, end);
        assertEquals("0102030405" + "05" + "04", Hex.encode(b, 10, 7));
        assertTrue(EspTrailer.paddingValid(b, 10, end));
        assertEquals(4, EspTrailer.nextHeaderAt(b, end));
        assertEquals(5, EspTrailer.padLengthAt(b, end));
        b[12] = 9;
        assertFalse(EspTrailer.paddingValid(b, 10, end));
        assertFalse(EspTrailer.paddingValid(b, 13, end), "padding reaching before the payload start");
    }

    @Test
    void ahHeaderLengths() {
        // 96-bit ICV: 24-byte header, Payload Len 4 (RFC 4302 §2.2 example).
        byte[] b = new byte[64];
        AhHeader.write(b, 0, 6, 12, 0x1234, 7);
        assertEquals(4, b[1]);
        AhHeader h = AhHeader.parse(b, 0, 24).value();
        assertEquals(24, h.headerLength());
        assertEquals(12, h.icvLength());
        assertEquals(6, h.nextHeader());
        assertEquals(0x1234, h.spi());
        assertEquals(7, h.sequence());
        assertEquals(28, AhHeader.lengthFor(16));
        assertEquals(44, AhHeader.lengthFor(32));
        assertFalse(AhHeader.parse(b, 0, 23).isOk());
        b[1] = 0;
        assertEquals("bad-length", ((DecodeResult.Err<AhHeader>) AhHeader.parse(b, 0, 24)).reason());
    }

    @Test
    void udpEncapsulationClassification() {
        assertEquals(UdpEncapsulation.Kind.NAT_KEEPALIVE, UdpEncapsulation.classify(new byte[] {(byte) 0xFF}, 0, 1));
        assertEquals(UdpEncapsulation.Kind.IKE, UdpEncapsulation.classify(Hex.decode("00000000" + "1122334455667788"), 0, 12));
        assertEquals(UdpEncapsulation.Kind.ESP, UdpEncapsulation.classify(Hex.decode("0000100000000001"), 0, 8));
        assertEquals(UdpEncapsulation.Kind.INVALID, UdpEncapsulation.classify(Hex.decode("00000000"), 0, 4));
        assertEquals(UdpEncapsulation.Kind.INVALID, UdpEncapsulation.classify(Hex.decode("0000100000"), 0, 5));
        assertEquals(UdpEncapsulation.Kind.INVALID, UdpEncapsulation.classify(new byte[] {0}, 0, 1));
        byte[] m = {9, 9, 9, 9};
        UdpEncapsulation.writeNonEspMarker(m, 0);
        assertEquals("00000000", Hex.encode(m));
    }

    @Property(tries = 2000)
    void decodersNeverThrow(@ForAll @Size(max = 80) byte[] junk, @ForAll @IntRange(max = 90) int off, @ForAll @IntRange(max = 90) int len) {
        EspHeader.parse(junk, off, len);
        AhHeader.parse(junk, off, len);
        if (off <= junk.length && len <= junk.length - off) UdpEncapsulation.classify(junk, off, len);
    }

    @Property(tries = 500)
    void espHeaderRoundTrip(@ForAll @IntRange(min = 256) int spiBits, @ForAll int seq) {
        long spi = spiBits & 0xFFFFFFFFL;
        byte[] b = new byte[8];
        EspHeader.write(b, 0, spi, seq & 0xFFFFFFFFL);
        EspHeader h = EspHeader.parse(b, 0, 8).value();
        assertEquals(spi, h.spi());
        assertEquals(seq & 0xFFFFFFFFL, h.sequence());
    }
}
