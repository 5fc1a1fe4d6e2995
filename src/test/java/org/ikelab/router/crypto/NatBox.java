package org.ikelab.router.crypto;

import io.netty.buffer.ByteBuf;
import org.ikelab.router.L2Handler;
import org.ikelab.router.L2Port;
import org.ikelab.wire.Ipv4Address;

/**
 * A test NAT in front of one router's port: UDP from {@code inside} leaves as {@code outside}
 * with source ports 500 -> 1500 and 4500 -> 14500, and the replies are translated back. Other
 * protocols pass untranslated (so raw ESP would break, as behind a real PAT device).
 */
final class NatBox implements L2Port {
    private static final int ETH = 14;
    private final L2Port inner;
    private final int inside;
    private final int outside;

    NatBox(L2Port inner, String inside, String outside) {
        this.inner = inner;
        this.inside = Ipv4Address.parse(inside).bits();
        this.outside = Ipv4Address.parse(outside).bits();
    }

    @Override
    public void transmit(ByteBuf f) {
        if (isUdp(f) && f.getInt(f.readerIndex() + ETH + 12) == inside) {
            int o = f.readerIndex() + ETH;
            f.setInt(o + 12, outside);
            int l4 = o + (f.getByte(o) & 0x0f) * 4;
            int sport = f.getUnsignedShort(l4);
            if (sport == 500 || sport == 4500) f.setShort(l4, sport + (sport == 500 ? 1000 : 10000));
            fix(f, o, l4);
        }
        inner.transmit(f);
    }

    @Override
    public void attach(L2Handler h) {
        inner.attach(new L2Handler() {
            @Override
            public void frameReceived(ByteBuf f) {
                if (isUdp(f) && f.getInt(f.readerIndex() + ETH + 16) == outside) {
                    int o = f.readerIndex() + ETH;
                    f.setInt(o + 16, inside);
                    int l4 = o + (f.getByte(o) & 0x0f) * 4;
                    int dport = f.getUnsignedShort(l4 + 2);
                    if (dport == 1500 || dport == 14500) f.setShort(l4 + 2, dport == 1500 ? 500 : 4500);
                    fix(f, o, l4);
                }
                h.frameReceived(f);
            }

            @Override
            public void carrierChanged(boolean up) {
                h.carrierChanged(up);
            }
        });
    }

    private static boolean isUdp(ByteBuf f) {
        return f.readableBytes() > ETH + 28 && f.getUnsignedShort(f.readerIndex() + 12) == 0x0800
                && f.getUnsignedByte(f.readerIndex() + ETH + 9) == 17;
    }

    /** New IPv4 header checksum; UDP checksum 0 ("none", allowed over IPv4), as many NATs leave it. */
    private static void fix(ByteBuf f, int o, int l4) {
        f.setShort(o + 10, 0);
        int ihl = (f.getByte(o) & 0x0f) * 4;
        long sum = 0;
        for (int i = 0; i < ihl; i += 2) sum += f.getUnsignedShort(o + i);
        while ((sum >> 16) != 0) sum = (sum & 0xffff) + (sum >> 16);
        f.setShort(o + 10, (int) (~sum & 0xffff));
        f.setShort(l4 + 6, 0);
    }

    @Override
    public void detach() {
        inner.detach();
    }

    @Override
    public boolean carrier() {
        return inner.carrier();
    }
}
