package org.ikelab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Arbitrary frames (some with a valid Ethernet/IPv4 start so they get deeper) never throw out
 * of the router, and every buffer is released exactly once (decision 4).
 */
class RouterFuzzTest {
    @Property(tries = 300)
    void arbitraryFramesAreDroppedOrHandledWithoutLeaks(@ForAll @Size(max = 8) java.util.List<@Size(max = 200) byte[]> bodies,
                                                         @ForAll @IntRange(max = 3) int shape) {
        TwoRouters t = new TwoRouters();
        long mac = t.r2.iface("GigabitEthernet0/0").mac().bits();
        for (byte[] body : bodies) {
            ByteBuf b = t.r2.allocator().buffer(14 + 20 + body.length);
            b.writeShort((int) (mac >>> 32)).writeInt((int) mac).writeShort(0x0200).writeInt(1);
            b.writeShort(shape == 0 ? 0x0806 : 0x0800);
            if (shape >= 2 && body.length >= 20) {
                // A well-formed header (so checksums pass) followed by arbitrary bytes: reaches ICMP/UDP/reassembly.
                byte[] h = body.clone();
                h[0] = 0x45;
                h[2] = 0;
                h[3] = (byte) Math.min(h.length, 20 + (h[3] & 0x7f));
                h[16] = 10; h[17] = 0; h[18] = 12; h[19] = (byte) (shape == 2 ? 2 : 9);
                h[10] = 0;
                h[11] = 0;
                int sum = 0;
                for (int i = 0; i < 20; i += 2) sum += ((h[i] & 0xff) << 8) | (h[i + 1] & 0xff);
                while ((sum >>> 16) != 0) sum = (sum & 0xffff) + (sum >>> 16);
                sum = ~sum & 0xffff;
                h[10] = (byte) (sum >>> 8);
                h[11] = (byte) sum;
                b.writeBytes(h);
            } else {
                b.writeBytes(body);
            }
            t.cable.a.transmit(b);
        }
        assertEquals(0, t.liveBuffersAfterIdle());
    }
}
