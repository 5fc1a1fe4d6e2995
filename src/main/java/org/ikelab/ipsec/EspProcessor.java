package org.ikelab.ipsec;

import org.ikelab.wire.esp.EspHeader;
import org.ikelab.wire.esp.EspTrailer;
import org.ikelab.wire.esp.UdpEncapsulation;

/**
 * ESP (RFC 4303) in place: outbound builds header, IV, padding, trailer and ICV around the
 * payload using the buffer's headroom and tailroom; inbound checks the replay window, verifies,
 * decrypts and strips everything. Tunnel mode adds or removes the outer IPv4 header, transport
 * mode slides the original header over the ESP header. With UDP encapsulation (RFC 3948) an UDP
 * header sits between IPv4 and ESP. Success counters are left to {@link IpsecDataPlane}, which
 * knows when the whole packet has been accepted.
 */
final class EspProcessor {
    private EspProcessor() {
    }

    static Verdict protect(IpsecSa sa, PacketBuffer p, IpsecDataPlane dp) {
        return prepare(sa, p, dp, null);
    }

    /**
     * Protects the packet in {@code p}. With {@code pending} null the packet is encrypted and
     * its ICV written here, by the SA's own sealer; otherwise everything but that is done (the
     * window already covers the finished packet) and {@code pending} says what its
     * {@link PendingSeal#run} must still do with the SA's off-thread sealer.
     */
    static Verdict prepare(IpsecSa sa, PacketBuffer p, IpsecDataPlane dp, PendingSeal pending) {
        SaConfig c = sa.config();
        if (!sa.usable()) return Verdict.SA_EXPIRED;
        byte[] b = p.array();
        int off = p.offset();
        if (!Ipv4.plausible(b, off, p.length())) return Verdict.BAD_INNER;
        int len = Ipv4.totalLength(b, off);
        boolean tunnel = c.mode() == Mode.TUNNEL;
        int ihl = Ipv4.headerLength(b, off);
        int payloadOff = tunnel ? off : off + ihl;
        int payloadLen = tunnel ? len : len - ihl;
        int nextHeader = tunnel ? Ipv4.PROTO_IPIP : Ipv4.protocol(b, off);
        int pad = EspTrailer.padLength(payloadLen, sa.align);
        int trailerEnd = payloadOff + payloadLen + pad + EspTrailer.LENGTH;
        int end = trailerEnd + sa.icvBytes;
        int espOff = payloadOff - EspHeader.HEADER_LENGTH - sa.ivBytes;
        int udpLen = c.udpEncap() ? UdpEncapsulation.UDP_HEADER_LENGTH : 0;
        int ipOff = espOff - udpLen - (tunnel ? Ipv4.MIN_HEADER : ihl);
        if (ipOff < 0 || end > b.length) return Verdict.NO_ROOM;

        long seq = sa.sequence + 1;
        if (!c.esn() && seq > 0xFFFFFFFFL) {
            sa.sequenceExhausted();
            return Verdict.SEQUENCE_EXHAUSTED;
        }
        sa.sequence = seq;
        int tos = Ipv4.tos(b, off);
        int innerFlags = Ipv4.flagsFragment(b, off);
        if (!tunnel) System.arraycopy(b, off, b, ipOff, ihl);

        EspHeader.write(b, espOff, c.spi(), seq & 0xFFFFFFFFL);
        int ivOff = espOff + EspHeader.HEADER_LENGTH;
        if (sa.aead != null) {
            // GCM/GMAC need a unique IV per key; the 64-bit sequence number is one (RFC 4106 §3.1).
            putLong(b, ivOff, seq);
        }
        EspTrailer.write(b, payloadOff + payloadLen, pad, nextHeader);
        int encLen = trailerEnd - payloadOff;
        if (pending == null) {
            sa.sealer.seal(b, espOff, ivOff, payloadOff, encLen, trailerEnd, seq);
        } else {
            pending.set(sa, sa.offThreadSealer(), b, espOff, ivOff, payloadOff, encLen, trailerEnd, seq);
        }
        int espLen = end - espOff;
        if (c.udpEncap()) {
            int u = espOff - udpLen;
            Ipv4.putU16(b, u, c.localPort());
            Ipv4.putU16(b, u + 2, c.peerPort());
            Ipv4.putU16(b, u + 4, espLen + udpLen);
            Ipv4.putU16(b, u + 6, 0); // RFC 3948 §2.1: zero checksum for ESP in UDP over IPv4
        }
        int total = end - ipOff;
        int proto = c.udpEncap() ? Ipv4.PROTO_UDP : EspHeader.IP_PROTOCOL;
        if (tunnel) {
            Ipv4.write(b, ipOff, tos, total, dp.nextIpId(), outerFlags(c.dfBit(), innerFlags), Ipv4.OUTER_TTL, proto, c.local(), c.peer());
        } else {
            Ipv4.rewrite(b, ipOff, proto, total);
        }
        p.window(ipOff, total);
        SaCounters k = sa.counters;
        k.encaps++;
        if (c.encryption().encrypts()) k.encrypt++;
        if (c.authenticated()) k.digest++;
        sa.account(len);
        return Verdict.PROTECTED;
    }

    /**
     * Verifies and decrypts the ESP packet at {@code b[espOff, ipEnd)} inside the IPv4 packet at
     * {@code ipOff}; on DELIVER the buffer window holds the inner packet.
     */
    static Verdict unprotect(IpsecSa sa, PacketBuffer p, int ipOff, int espOff, int ipEnd, boolean udp) {
        SaConfig c = sa.config();
        if (!sa.usable()) return Verdict.SA_EXPIRED;
        byte[] b = p.array();
        int espLen = ipEnd - espOff;
        if (espLen < EspHeader.HEADER_LENGTH + sa.ivBytes + EspTrailer.LENGTH + sa.icvBytes) return Verdict.BAD_LENGTH;
        long seqLow = EspHeader.sequence(b, espOff);
        long seq = c.esn() ? sa.replay.inferEsn(seqLow) : seqLow;
        if (sa.replay != null && sa.replay.check(seq) != ReplayWindow.Check.OK) return Verdict.REPLAY;
        int ivOff = espOff + EspHeader.HEADER_LENGTH;
        int payloadOff = ivOff + sa.ivBytes;
        int icvOff = ipEnd - sa.icvBytes;
        int encLen = icvOff - payloadOff;
        if (sa.cbc != null && encLen % sa.cbc.blockBytes() != 0) return Verdict.BAD_LENGTH;
        if (sa.hmac != null) {
            sa.hmac.update(b, espOff, icvOff - espOff);
            if (c.esn()) feedSeqHigh(sa, seq);
            if (!sa.hmac.finishAndVerify(b, icvOff)) return Verdict.ICV_FAILED;
        }
        if (sa.cbc != null) {
            if (!sa.cbc.decryptAfterIv(b, ivOff, encLen)) return Verdict.BAD_LENGTH;
        } else if (sa.aead != null) {
            if (!sa.aead.open(sa.aad, 0, fillAad(sa, seq), b, ivOff, payloadOff, encLen)) return Verdict.ICV_FAILED;
        }
        // Only an authenticated packet may move the window (RFC 4303 §3.4.3).
        if (sa.replay != null) sa.replay.update(seq);
        if (!EspTrailer.paddingValid(b, payloadOff, icvOff)) return Verdict.BAD_PADDING;
        int nextHeader = EspTrailer.nextHeaderAt(b, icvOff);
        int innerLen = encLen - EspTrailer.LENGTH - EspTrailer.padLengthAt(b, icvOff);
        if (nextHeader == EspTrailer.NEXT_HEADER_NO_NEXT) return Verdict.DUMMY;
        if (c.mode() == Mode.TUNNEL) {
            if (nextHeader != Ipv4.PROTO_IPIP || !Ipv4.plausible(b, payloadOff, innerLen)) return Verdict.BAD_INNER;
            p.window(payloadOff, Ipv4.totalLength(b, payloadOff));
            return Verdict.DELIVER;
        }
        int ihl = Ipv4.headerLength(b, ipOff);
        int newIpOff = payloadOff - ihl;
        System.arraycopy(b, ipOff, b, newIpOff, ihl);
        Ipv4.rewrite(b, newIpOff, nextHeader, ihl + innerLen);
        if (udp) TransportChecksum.recompute(b, newIpOff, ihl, innerLen, nextHeader);
        p.window(newIpOff, ihl + innerLen);
        return Verdict.DELIVER;
    }

    /** DF bit of the outer header per {@code crypto ipsec df-bit}. */
    static int outerFlags(DfBitPolicy policy, int innerFlags) {
        return switch (policy) {
            case CLEAR -> 0;
            case SET -> Ipv4.DF;
            case COPY -> innerFlags & Ipv4.DF;
        };
    }

    /** AAD for GCM/GMAC: SPI || seq (8 bytes) or SPI || seq high || seq low with ESN (RFC 4106 §5). */
    private static int fillAad(IpsecSa sa, long seq) {
        byte[] a = sa.aad;
        Ipv4.putS32(a, 0, (int) sa.spi());
        if (sa.config().esn()) {
            putLong(a, 4, seq);
            return 12;
        }
        Ipv4.putS32(a, 4, (int) seq);
        return 8;
    }

    /** ESN: the high half is authenticated after the trailer but never sent (RFC 4303 §2.2.1). */
    private static void feedSeqHigh(IpsecSa sa, long seq) {
        Ipv4.putS32(sa.seqHigh, 0, (int) (seq >>> 32));
        sa.hmac.update(sa.seqHigh, 0, 4);
    }

    static void putLong(byte[] b, int i, long v) {
        Ipv4.putS32(b, i, (int) (v >>> 32));
        Ipv4.putS32(b, i + 4, (int) v);
    }
}
