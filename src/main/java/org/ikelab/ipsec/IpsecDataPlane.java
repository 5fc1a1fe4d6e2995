package org.ikelab.ipsec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ikelab.common.RandomSource;
import org.ikelab.common.Scheduler;
import org.ikelab.wire.esp.AhHeader;
import org.ikelab.wire.esp.EspHeader;
import org.ikelab.wire.esp.UdpEncapsulation;

/**
 * A router's IPsec data plane, shaped like strongSwan's libipsec: the SAD ({@link #install},
 * {@link #remove}, {@link #lookupInbound}), the SPD ({@link #spd()}), and the two packet paths,
 * {@link #outbound} and {@link #inbound}, which work in place on a {@link PacketBuffer} and
 * return a {@link Verdict}. Nothing here throws on packet content; every drop is counted on the SA
 * (or on {@link #counters()} when no SA is known) and unknown SPIs and lifetime limits are
 * reported to the {@link IpsecEventListener}.
 *
 * <p>Confined to the router's event loop (decision 1): no locks, not thread-safe.
 */
public final class IpsecDataPlane {
    /**
     * Headroom outbound processing may need: outer IPv4 (20) + UDP (8) + ESP header (8) + AES IV
     * (16) + AH with a 32-byte ICV (44), the worst case of an AH+ESP bundle over NAT-T... which
     * RFC 3948 does not allow, so this is a safe upper bound.
     */
    public static final int HEADROOM = 96;
    /** Tailroom outbound processing may need: padding (up to 15) + pad length and next header (2) + ICV (up to 32). */
    public static final int TAILROOM = 49;

    private final Scheduler scheduler;
    private final IpsecEventListener listener;
    private final LongMap<IpsecSa> inboundEsp = new LongMap<>();
    private final LongMap<IpsecSa> inboundAh = new LongMap<>();
    private final List<IpsecSa> all = new ArrayList<>();
    private final Spd spd = new Spd();
    private final DataPlaneCounters counters = new DataPlaneCounters();
    private EspKeyLog keyLog;
    private int ipId;

    public IpsecDataPlane(Scheduler scheduler, RandomSource random, IpsecEventListener listener) {
        this.scheduler = scheduler;
        this.listener = listener == null ? IpsecEventListener.NONE : listener;
        // Outer IPv4 identification starts at a random point; CBC IVs need no randomness here
        // (CbcCipher.encryptWithIv), GCM IVs are the sequence number.
        this.ipId = random.nextInt() & 0xFFFF;
    }

    Scheduler scheduler() { return scheduler; }

    IpsecEventListener listener() { return listener; }

    int nextIpId() {
        ipId = (ipId + 1) & 0xFFFF;
        return ipId;
    }

    public Spd spd() { return spd; }

    public DataPlaneCounters counters() { return counters; }

    /** Turns the Wireshark key log on (non-null) or off (null); SAs installed from now on are logged. */
    public void keyLog(EspKeyLog log) {
        this.keyLog = log;
    }

    /**
     * Installs an SA and starts its lifetime timers. Inbound SAs become reachable by SPI at once;
     * outbound SAs are used through the reference returned (put it in a {@link SaBundle}).
     *
     * @throws IllegalArgumentException if an inbound SA with the same SPI, destination and protocol exists
     */
    public IpsecSa install(SaConfig config) {
        if (config.local() == 0 || config.peer() == 0) throw new IllegalArgumentException("SA endpoints must be set: " + config);
        IpsecSa sa = new IpsecSa(config, this, scheduler.nanoTime());
        if (config.direction() == Direction.INBOUND) {
            LongMap<IpsecSa> map = config.protocol() == IpsecProtocol.ESP ? inboundEsp : inboundAh;
            long key = key(config.spi(), config.local());
            if (map.get(key) != null) throw new IllegalArgumentException("SPI already installed: " + config);
            map.put(key, sa);
        }
        all.add(sa);
        sa.armTimers();
        if (keyLog != null) keyLog.installed(config);
        return sa;
    }

    /** Installs an inbound/outbound pair (the usual result of one negotiation) and returns them in that order. */
    public List<IpsecSa> installPair(SaConfig inbound, SaConfig outbound) {
        if (inbound.direction() != Direction.INBOUND || outbound.direction() != Direction.OUTBOUND) {
            throw new IllegalArgumentException("expected an inbound and an outbound SA");
        }
        IpsecSa in = install(inbound);
        return List.of(in, install(outbound));
    }

    /** Removes an SA (delete notify, rekey done, {@code clear crypto sa}); later packets for it are INVALID_SPI. */
    public void remove(IpsecSa sa) {
        SaConfig c = sa.config();
        if (c.direction() == Direction.INBOUND) {
            LongMap<IpsecSa> map = c.protocol() == IpsecProtocol.ESP ? inboundEsp : inboundAh;
            long key = key(c.spi(), c.local());
            if (map.get(key) == sa) map.remove(key);
        }
        all.remove(sa);
        sa.deleted();
    }

    /** The inbound SA for (protocol, SPI, destination address), or null. */
    public IpsecSa lookupInbound(IpsecProtocol protocol, long spi, int destination) {
        return (protocol == IpsecProtocol.ESP ? inboundEsp : inboundAh).get(key(spi, destination));
    }

    /**
     * The installed SA with this direction, protocol and SPI, or null: for the control plane
     * (a DELETE from the peer names our outbound SPI, {@code clear crypto sa spi}). Linear; not
     * for the packet path.
     */
    public IpsecSa find(Direction direction, IpsecProtocol protocol, long spi) {
        for (IpsecSa sa : all) {
            SaConfig c = sa.config();
            if (c.direction() == direction && c.protocol() == protocol && c.spi() == spi) return sa;
        }
        return null;
    }

    /** Every installed SA, in installation order. */
    public List<IpsecSa> sas() {
        return Collections.unmodifiableList(all);
    }

    /** Counts a packet that matched a PROTECT policy without SAs ({@code #pkts no sa (send)}). */
    public void countNoSa() {
        counters.noSaSend++;
    }

    /** Protects the IPv4 packet in {@code p} with one outbound SA. */
    public Verdict outbound(IpsecSa sa, PacketBuffer p) {
        return outbound(SaBundle.of(sa), p);
    }

    /**
     * Protects the IPv4 packet in {@code p} with the bundle (ESP, then AH). On PROTECTED the window
     * holds the packet to send to the peer (outer header included); on a drop the buffer content is
     * unspecified and the drop is counted on the SA that failed.
     */
    public Verdict outbound(SaBundle bundle, PacketBuffer p) {
        IpsecSa esp = bundle.esp();
        if (esp != null) {
            Verdict v = EspProcessor.protect(esp, p, this);
            if (v.isDrop()) {
                esp.counters.countSendDrop(v);
                return v;
            }
        }
        IpsecSa ah = bundle.ah();
        if (ah != null) {
            Verdict v = AhProcessor.protect(ah, p, this, esp != null && esp.config().mode() == Mode.TUNNEL);
            if (v.isDrop()) {
                ah.counters.countSendDrop(v);
                return v;
            }
        }
        return Verdict.PROTECTED;
    }

    /**
     * Like {@link #outbound(SaBundle, PacketBuffer)} for a bundle of ESP alone, but leaves the
     * encryption and ICV to {@code pending}: on PROTECTED the window already covers the packet to
     * send, and it may be sent once {@link PendingSeal#run} has run (on any one thread) and
     * {@link PendingSeal#finish} was called back here. Everything else, the sequence number and
     * the counters included, happens now, on the router's thread.
     *
     * @throws IllegalArgumentException for a bundle with AH, whose ICV would cover ESP's output
     */
    public Verdict outboundDeferred(SaBundle bundle, PacketBuffer p, PendingSeal pending) {
        IpsecSa esp = bundle.esp();
        if (esp == null || bundle.ah() != null) throw new IllegalArgumentException("only an ESP-only bundle can be sealed later: " + bundle);
        Verdict v = EspProcessor.prepare(esp, p, this, pending);
        if (v.isDrop()) esp.counters.countSendDrop(v);
        return v;
    }

    /**
     * Counts a packet for {@code sa} that the router could not hand to its crypto helper (all its
     * seal slots busy): {@code #send errors}, as IOS counts a full crypto engine queue
     * [internal err (send)].
     */
    public void countEngineBusy(IpsecSa sa) {
        sa.counters.countSendDrop(Verdict.NO_ROOM);
    }

    /**
     * Processes an IPv4 packet addressed to this router. ESP (protocol 50), AH (51) and UDP to
     * port 4500 are handled; anything else is NOT_IPSEC and left untouched. On DELIVER the window
     * holds the decapsulated packet and {@code result} says which SAs it came through; IKE means a
     * UDP/4500 packet with the non-ESP marker, for the IKE socket, also untouched.
     */
    public Verdict inbound(PacketBuffer p, InboundResult result) {
        result.reset();
        byte[] b = p.array();
        int off = p.offset();
        if (p.length() < Ipv4.MIN_HEADER || Ipv4.version(b, off) != 4) return Verdict.NOT_IPSEC;
        int proto = Ipv4.protocol(b, off);
        if (proto != EspHeader.IP_PROTOCOL && proto != AhHeader.IP_PROTOCOL && proto != Ipv4.PROTO_UDP) return Verdict.NOT_IPSEC;
        if (!Ipv4.plausible(b, off, p.length())) {
            counters.truncated++;
            return Verdict.BAD_LENGTH;
        }
        if (Ipv4.isFragment(b, off)) {
            // A non-first fragment has no UDP/ESP/AH header to look at: reassemble, then call again.
            counters.fragments++;
            return Verdict.FRAGMENT;
        }
        int ihl = Ipv4.headerLength(b, off);
        int end = off + Ipv4.totalLength(b, off);
        result.outerSource = Ipv4.source(b, off);
        boolean udp = false;
        int hdrOff = off + ihl;
        if (proto == Ipv4.PROTO_UDP) {
            if (end - hdrOff < UdpEncapsulation.UDP_HEADER_LENGTH || Ipv4.u16(b, hdrOff + 2) != UdpEncapsulation.PORT) return Verdict.NOT_IPSEC;
            int pl = hdrOff + UdpEncapsulation.UDP_HEADER_LENGTH;
            switch (UdpEncapsulation.classify(b, pl, end - pl)) {
                case IKE -> { return Verdict.IKE; }
                case NAT_KEEPALIVE -> {
                    counters.natKeepalives++;
                    return Verdict.NAT_KEEPALIVE;
                }
                case INVALID -> {
                    counters.truncated++;
                    return Verdict.BAD_LENGTH;
                }
                case ESP -> {
                    udp = true;
                    result.udpSourcePort = Ipv4.u16(b, hdrOff);
                    hdrOff = pl;
                    proto = EspHeader.IP_PROTOCOL;
                }
            }
        }
        int ipOff = off;
        // At most AH then ESP (a bundle); the bound keeps nested garbage from looping.
        for (int layer = 0; layer < 2; layer++) {
            Verdict v;
            IpsecSa sa;
            if (proto == AhHeader.IP_PROTOCOL) {
                if (end - hdrOff < AhHeader.FIXED_LENGTH) {
                    counters.truncated++;
                    return Verdict.BAD_LENGTH;
                }
                long spi = AhHeader.spi(b, hdrOff);
                sa = lookup(result, IpsecProtocol.AH, spi, Ipv4.source(b, ipOff), Ipv4.destination(b, ipOff));
                if (sa == null) return Verdict.INVALID_SPI;
                v = AhProcessor.unprotect(sa, p, ipOff, hdrOff, end, result);
                if (v == Verdict.DELIVER) result.ah = sa;
            } else {
                if (end - hdrOff < EspHeader.HEADER_LENGTH) {
                    counters.truncated++;
                    return Verdict.BAD_LENGTH;
                }
                long spi = EspHeader.spi(b, hdrOff);
                sa = lookup(result, IpsecProtocol.ESP, spi, Ipv4.source(b, ipOff), Ipv4.destination(b, ipOff));
                if (sa == null) return Verdict.INVALID_SPI;
                v = EspProcessor.unprotect(sa, p, ipOff, hdrOff, end, udp);
                if (v == Verdict.DELIVER) result.esp = sa;
            }
            if (v != Verdict.DELIVER) {
                if (v == Verdict.DUMMY) counters.dummies++;
                else sa.counters.countRecvDrop(v);
                return v;
            }
            // AH in transport form (also AH over an ESP tunnel, the bundle case) followed by ESP:
            // go on with ESP on the shortened packet. After a tunnel-mode AH the inner packet is
            // not ours to decrypt, whatever its protocol.
            ipOff = p.offset();
            if (result.esp == null && !result.tunnelDecapsulated && Ipv4.protocol(b, ipOff) == EspHeader.IP_PROTOCOL) {
                proto = EspHeader.IP_PROTOCOL;
                hdrOff = ipOff + Ipv4.headerLength(b, ipOff);
                end = ipOff + Ipv4.totalLength(b, ipOff);
                continue;
            }
            break;
        }
        return accept(p, result);
    }

    /** Final checks on a decapsulated packet, then the success counters of every SA it passed. */
    private Verdict accept(PacketBuffer p, InboundResult r) {
        IpsecSa decider = r.sa();
        byte[] b = p.array();
        if (!decider.config().selector().matches(b, p.offset(), p.length())) {
            decider.counters.countRecvDrop(Verdict.POLICY_MISMATCH);
            return Verdict.POLICY_MISMATCH;
        }
        if (r.ah != null) {
            r.ah.counters.decaps++;
            r.ah.counters.verify++;
            r.ah.account(p.length());
        }
        if (r.esp != null) {
            SaCounters k = r.esp.counters;
            k.decaps++;
            if (r.esp.config().encryption().encrypts()) k.decrypt++;
            if (r.esp.config().authenticated()) k.verify++;
            r.esp.account(p.length());
        }
        return Verdict.DELIVER;
    }

    private IpsecSa lookup(InboundResult r, IpsecProtocol protocol, long spi, int source, int destination) {
        r.spi = spi;
        r.protocol = protocol;
        IpsecSa sa = (protocol == IpsecProtocol.ESP ? inboundEsp : inboundAh).get(key(spi, destination));
        if (sa == null) {
            counters.invalidSpi++;
            listener.onInvalidSpi(protocol, source, destination, spi);
        }
        return sa;
    }

    private static long key(long spi, int destination) {
        return (spi << 32) | (destination & 0xFFFFFFFFL);
    }
}
