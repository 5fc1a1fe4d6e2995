package org.ikelab.router;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.ikelab.wire.ipv4.Ipv4Packet;

/**
 * Splits a datagram larger than an MTU into fragments (RFC 791): each carries the original
 * header (options included, a simplification: RFC 791 copies only options with the copied
 * flag) and a multiple of 8 payload bytes, except the last. The original is left to the caller.
 */
final class Fragmenter {
    private final ByteBufAllocator alloc;

    Fragmenter(ByteBufAllocator alloc) {
        this.alloc = alloc;
    }

    void fragment(ByteBuf pkt, Ipv4Packet ip, int mtu, Consumer<ByteBuf> out) {
        int hl = ip.headerLength();
        int payload = ip.payloadLength();
        int maxData = ((mtu - hl) / 8) * 8;
        if (maxData <= 0) return;
        int baseOffset = ip.fragmentOffset();
        boolean baseMf = ip.moreFragments();
        int start = pkt.readerIndex();
        for (int o = 0; o < payload; o += maxData) {
            int n = Math.min(maxData, payload - o);
            ByteBuf f = alloc.buffer(Forwarder.HEADROOM + hl + n);
            f.writerIndex(Forwarder.HEADROOM).readerIndex(Forwarder.HEADROOM);
            f.writeBytes(pkt, start, hl);
            f.writeBytes(pkt, start + hl + o, n);
            ByteBuffer w = Forwarder.window(f);
            Ipv4Packet h = Ipv4Packet.wrap(w, w.position());
            h.setTotalLength(hl + n);
            boolean mf = o + n < payload || baseMf;
            h.setFlagsAndFragment((mf ? Ipv4Packet.FLAG_MF : 0) | ((baseOffset + o) / 8));
            h.fillChecksum();
            out.accept(f);
        }
    }
}
