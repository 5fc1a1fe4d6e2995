package org.ikelab.ipsec;

import org.ikelab.wire.esp.AhHeader;

/**
 * AH (RFC 4302) in place. The ICV covers the IPv4 header with its mutable fields zeroed
 * ({@link Ipv4#copyImmutable}), the AH header with a zero ICV field, and the payload; with ESN
 * the high half of the sequence number is appended after the payload (RFC 4302 §2.5.1).
 * Tunnel mode builds a new outer header; transport mode, and AH over an ESP tunnel in a bundle,
 * inserts AH after the existing header.
 */
final class AhProcessor {
    private AhProcessor() {
    }

    static Verdict protect(IpsecSa sa, PacketBuffer p, IpsecDataPlane dp, boolean overEspTunnel) {
        SaConfig c = sa.config();
        if (!sa.usable()) return Verdict.SA_EXPIRED;
        byte[] b = p.array();
        int off = p.offset();
        if (!Ipv4.plausible(b, off, p.length())) return Verdict.BAD_INNER;
        int len = Ipv4.totalLength(b, off);
        boolean tunnel = c.mode() == Mode.TUNNEL && !overEspTunnel;
        int ahLen = AhHeader.lengthFor(sa.icvBytes);
        int ihl = Ipv4.headerLength(b, off);
        int ipOff = off - ahLen - (tunnel ? Ipv4.MIN_HEADER : 0);
        if (ipOff < 0 || off + len > b.length) return Verdict.NO_ROOM;
        long seq = sa.sequence + 1;
        if (!c.esn() && seq > 0xFFFFFFFFL) {
            sa.sequenceExhausted();
            return Verdict.SEQUENCE_EXHAUSTED;
        }
        sa.sequence = seq;
        int total = len + ahLen + (tunnel ? Ipv4.MIN_HEADER : 0);
        int ahOff;
        int nextHeader;
        if (tunnel) {
            ahOff = ipOff + Ipv4.MIN_HEADER;
            nextHeader = Ipv4.PROTO_IPIP;
            Ipv4.write(b, ipOff, Ipv4.tos(b, off), total, dp.nextIpId(),
                    EspProcessor.outerFlags(c.dfBit(), Ipv4.flagsFragment(b, off)), Ipv4.OUTER_TTL, AhHeader.IP_PROTOCOL, c.local(), c.peer());
        } else {
            nextHeader = Ipv4.protocol(b, off);
            System.arraycopy(b, off, b, ipOff, ihl);
            ahOff = ipOff + ihl;
            Ipv4.rewrite(b, ipOff, AhHeader.IP_PROTOCOL, total);
        }
        AhHeader.write(b, ahOff, nextHeader, sa.icvBytes, c.spi(), seq & 0xFFFFFFFFL);
        computeIcv(sa, b, ipOff, ahOff, ipOff + total, seq);
        sa.hmac.finish(b, ahOff + AhHeader.ICV_OFFSET);
        p.window(ipOff, total);
        sa.counters.encaps++;
        sa.counters.digest++;
        sa.account(len);
        return Verdict.PROTECTED;
    }

    /**
     * Verifies the AH at {@code ahOff} of the IPv4 packet {@code b[ipOff, ipEnd)} and removes it.
     * On DELIVER the window holds the packet without AH: the inner packet (tunnel) or the original
     * header with the next protocol restored (transport, possibly ESP still to process).
     */
    static Verdict unprotect(IpsecSa sa, PacketBuffer p, int ipOff, int ahOff, int ipEnd, InboundResult r) {
        SaConfig c = sa.config();
        if (!sa.usable()) return Verdict.SA_EXPIRED;
        byte[] b = p.array();
        int ahLen = AhHeader.headerLength(b, ahOff);
        if (ahLen < AhHeader.FIXED_LENGTH + sa.icvBytes || ahOff + ahLen > ipEnd) return Verdict.BAD_LENGTH;
        long seqLow = AhHeader.sequence(b, ahOff);
        long seq = c.esn() ? sa.replay.inferEsn(seqLow) : seqLow;
        if (sa.replay != null && sa.replay.check(seq) != ReplayWindow.Check.OK) return Verdict.REPLAY;
        int icvOff = ahOff + AhHeader.ICV_OFFSET;
        System.arraycopy(b, icvOff, sa.icv, 0, sa.icvBytes);
        java.util.Arrays.fill(b, icvOff, ahOff + ahLen, (byte) 0);
        computeIcv(sa, b, ipOff, ahOff, ipEnd, seq);
        if (!sa.hmac.finishAndVerify(sa.icv, 0)) return Verdict.ICV_FAILED;
        if (sa.replay != null) sa.replay.update(seq);
        int nextHeader = AhHeader.nextHeader(b, ahOff);
        int payloadOff = ahOff + ahLen;
        if (nextHeader == Ipv4.PROTO_IPIP && c.mode() == Mode.TUNNEL) {
            if (!Ipv4.plausible(b, payloadOff, ipEnd - payloadOff)) return Verdict.BAD_INNER;
            p.window(payloadOff, Ipv4.totalLength(b, payloadOff));
            r.tunnelDecapsulated = true;
            return Verdict.DELIVER;
        }
        int ihl = Ipv4.headerLength(b, ipOff);
        int newIpOff = payloadOff - ihl;
        System.arraycopy(b, ipOff, b, newIpOff, ihl);
        Ipv4.rewrite(b, newIpOff, nextHeader, ipEnd - newIpOff);
        p.window(newIpOff, ipEnd - newIpOff);
        return Verdict.DELIVER;
    }

    private static void computeIcv(IpsecSa sa, byte[] b, int ipOff, int ahOff, int ipEnd, long seq) {
        int hl = Ipv4.copyImmutable(b, ipOff, sa.header);
        sa.hmac.update(sa.header, 0, hl);
        // Bytes between the IP header and AH (none for IPv4) and then AH with zero ICV and the payload.
        sa.hmac.update(b, ipOff + hl, ipEnd - ipOff - hl);
        if (sa.config().esn()) {
            Ipv4.putS32(sa.seqHigh, 0, (int) (seq >>> 32));
            sa.hmac.update(sa.seqHigh, 0, 4);
        }
    }
}
