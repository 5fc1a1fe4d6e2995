package org.ikelab.ike.v1;

import java.util.Arrays;
import java.util.Optional;
import org.ikelab.crypto.ikev1.Ikev1Kdf;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.ChildSa;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.TrafficSelector;
import org.ikelab.wire.isakmp.IdType;
import org.ikelab.wire.isakmp.Payload;

/** Helpers both quick mode roles share: proxy identities and turning KEYMAT into IPsec SAs. */
final class QuickMode {
    private static final byte[] HOST_MASK = {-1, -1, -1, -1};

    private QuickMode() {
    }

    /** IDci/IDcr for a proxy: ID_IPV4_ADDR for a host, ID_IPV4_ADDR_SUBNET otherwise (RFC 2409 §5.5). */
    static Payload.Id proxyId(TrafficSelector ts) {
        if (ts.isHost()) return Payload.Id.ipv4(ts.address(), ts.protocol(), ts.port());
        return Payload.Id.ipv4Subnet(ts.address(), ts.mask(), ts.protocol(), ts.port());
    }

    /** The selector a received proxy identity names, or empty for types we do not route on. */
    static Optional<TrafficSelector> proxy(Payload.Id id) {
        if (id.idType() == IdType.IPV4_ADDR) {
            return Optional.of(new TrafficSelector(id.data(), HOST_MASK, id.protocol(), id.port()));
        }
        if (id.idType() == IdType.IPV4_ADDR_SUBNET) {
            return Optional.of(new TrafficSelector(Arrays.copyOf(id.data(), 4), Arrays.copyOfRange(id.data(), 4, 8),
                    id.protocol(), id.port()));
        }
        return Optional.empty();
    }

    /**
     * The SAs of one quick mode (RFC 2409 §5.5): each direction's keys come from KEYMAT with the
     * protocol and the SPI its receiver chose, encryption key first, then integrity key. An
     * AH+ESP proposal ({@code t.ah()} set) gives an AH pair too, keyed with the AH SPIs.
     */
    static ChildSaPair pair(IkeSa sa, ChildConfig config, ChildProposals.Terms t, TrafficSelector ours,
            TrafficSelector theirs, int inboundSpi, int outboundSpi, int ahInboundSpi, int ahOutboundSpi, byte[] ni,
            byte[] nr, byte[] pfsSecret, long seconds, long kilobytes) {
        ChildSa[] esp = sas(sa, t, ours, theirs, inboundSpi, outboundSpi, ni, nr, pfsSecret, seconds, kilobytes);
        int group = pfsSecret == null ? 0 : t.group();
        if (t.ah() == null) return new ChildSaPair(esp[0], esp[1], config, null, null, group);
        ChildSa[] ah = sas(sa, t.ah(), ours, theirs, ahInboundSpi, ahOutboundSpi, ni, nr, pfsSecret, seconds, kilobytes);
        return new ChildSaPair(esp[0], esp[1], config, ah[0], ah[1], group);
    }

    private static ChildSa[] sas(IkeSa sa, ChildProposals.Terms t, TrafficSelector ours, TrafficSelector theirs,
            int inboundSpi, int outboundSpi, byte[] ni, byte[] nr, byte[] pfsSecret, long seconds, long kilobytes) {
        int encLen = ChildProposals.encryptionKeyLength(t);
        int intLen = ChildProposals.integrityKeyLength(t.authAlgorithm());
        byte[] skeyidD = sa.phase1().keys().skeyidD();
        byte[] in = Ikev1Kdf.keymat(sa.phase1().prf(), skeyidD, pfsSecret, t.protocol(), inboundSpi, ni, nr, encLen + intLen);
        byte[] out = Ikev1Kdf.keymat(sa.phase1().prf(), skeyidD, pfsSecret, t.protocol(), outboundSpi, ni, nr, encLen + intLen);
        IkeEndpoint us = sa.local();
        IkeEndpoint peer = sa.remote();
        ChildSa inbound = new ChildSa(peer, us, true, t.protocol(), inboundSpi, t.transformId(),
                Arrays.copyOf(in, encLen), t.authAlgorithm(), Arrays.copyOfRange(in, encLen, encLen + intLen),
                t.encapsulationMode(), ours, theirs, seconds, kilobytes);
        ChildSa outbound = new ChildSa(us, peer, false, t.protocol(), outboundSpi, t.transformId(),
                Arrays.copyOf(out, encLen), t.authAlgorithm(), Arrays.copyOfRange(out, encLen, encLen + intLen),
                t.encapsulationMode(), ours, theirs, seconds, kilobytes);
        return new ChildSa[] {inbound, outbound};
    }

    /**
     * Our phase-1 identity payload (IDii/IDir): the address, or ID_FQDN / ID_USER_FQDN as
     * configured; UDP port 500 (or 4500 after NAT-T floated) as IOS sends it.
     */
    static Payload.Id localId(IkeSa sa) {
        org.ikelab.ike.LocalIdentity id = sa.phase1().config.identity();
        byte[] name = id.value() == null ? null : id.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return switch (id.kind()) {
            case ADDRESS -> Payload.Id.ipv4(sa.local().addressBytes(), 17, sa.local().port());
            case FQDN -> new Payload.Id(IdType.FQDN, 17, sa.local().port(), name);
            case USER_FQDN -> new Payload.Id(IdType.USER_FQDN, 17, sa.local().port(), name);
        };
    }

    /** A fresh SPI: random, never in the reserved range 0-255 (RFC 4303 §2.1). */
    static int newSpi(IkeV1Daemon daemon) {
        int spi;
        do {
            spi = daemon.random().nextInt();
        } while ((spi & 0xffffff00) == 0);
        return spi;
    }
}
