package org.ikelab.cli.crypto;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.ike.status.IsakmpDebugEvent;
import org.ikelab.ipsec.status.CryptoMapEntryStatus;
import org.ikelab.ipsec.status.CryptoMapStatus;
import org.ikelab.ipsec.status.IpsecDebugEvent;
import org.ikelab.ipsec.status.TransformSetStatus;
import org.ikelab.router.crypto.CryptoEngine;
import org.ikelab.router.crypto.CryptoStatus;
import org.ikelab.wire.isakmp.IdType;
import org.ikelab.wire.isakmp.Payload;

/**
 * Why a responder refused a quick-mode offer, as its debug says it (reference §5.4): the offered
 * transforms are in none of its transform sets ({@code transform proposal not supported for
 * identity}, error 256), or they are but no crypto-map entry mirrors the proposed proxies
 * ({@code Crypto mapdb : proxy_match} ... {@code proxy identities not supported}, error 32).
 *
 * @param proxyMismatch true for the proxy case
 * @param ipsecEvents   the {@code debug crypto ipsec} lines' events, in order
 */
record QuickModeRejection(boolean proxyMismatch, List<IpsecDebugEvent> ipsecEvents) {
    /** The ISAKMP error number of {@code IPSec policy invalidated proposal with error N}. */
    int error() {
        return proxyMismatch ? 32 : 256;
    }

    /** Judges an offer ({@code offered}: IOS names of its first proposal) against the router's crypto maps. */
    static QuickModeRejection of(CryptoEngine engine, List<String> offered, List<Payload> payloads) {
        boolean known = false;
        for (CryptoMapStatus m : new CryptoStatus(engine).cryptoMaps()) {
            for (CryptoMapEntryStatus e : m.entries()) {
                for (TransformSetStatus t : e.transformSets()) known |= t.transforms().equals(offered);
            }
        }
        List<IpsecDebugEvent> events = new ArrayList<>();
        events.add(new IpsecDebugEvent.ProposalPart(1));
        if (!known) {
            events.add(new IpsecDebugEvent.TransformNotSupported(offered));
            return new QuickModeRejection(false, events);
        }
        List<Payload.Id> ids = new ArrayList<>();
        for (Payload p : payloads) if (p instanceof Payload.Id id) ids.add(id);
        if (ids.size() == 2) {
            // IDci is the initiator's side, IDcr ours: the map database looks up ours as the source.
            events.add(new IpsecDebugEvent.ProxyMatch(address(ids.get(1)), address(ids.get(0)), ids.get(1).protocol(),
                    ids.get(1).port(), ids.get(0).port()));
        }
        events.add(new IpsecDebugEvent.Fixed(IpsecDebugEvent.FixedMessage.NO_MATCHING_MAP));
        events.add(new IpsecDebugEvent.Fixed(IpsecDebugEvent.FixedMessage.PROXY_IDENTITIES_NOT_SUPPORTED));
        return new QuickModeRejection(true, events);
    }

    /** The IOS names of an offered transform ({@code esp-aes}, {@code esp-sha-hmac}; {@code ah-sha-hmac}). */
    static List<String> names(IsakmpDebugEvent.Phase2Attributes a) {
        List<String> n = new ArrayList<>();
        String hash = switch (a.integrity()) {
            case MD5 -> "md5-hmac";
            case SHA1 -> "sha-hmac";
            case SHA256 -> "sha256-hmac";
            case SHA384 -> "sha384-hmac";
            case SHA512 -> "sha512-hmac";
            case NONE -> null;
        };
        if (a.ah()) {
            if (hash != null) n.add("ah-" + hash);
            return n;
        }
        n.add(switch (a.cipher()) {
            case DES -> "esp-des";
            case TRIPLE_DES -> "esp-3des";
            case AES_128 -> "esp-aes";
            case AES_192 -> "esp-192-aes";
            case AES_256 -> "esp-256-aes";
            case AES_GCM_128 -> "esp-gcm";
            case AES_GCM_192 -> "esp-gcm 192";
            case AES_GCM_256 -> "esp-gcm 256";
            case NULL -> "esp-null";
        });
        if (hash != null) n.add("esp-" + hash);
        return n;
    }

    private static InetAddress address(Payload.Id id) {
        byte[] a = id.data().length >= 4 && (id.idType() == IdType.IPV4_ADDR || id.idType() == IdType.IPV4_ADDR_SUBNET)
                ? java.util.Arrays.copyOf(id.data(), 4) : new byte[4];
        try {
            return InetAddress.getByAddress(a);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
