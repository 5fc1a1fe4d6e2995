package org.ikelab.config.crypto.apply;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.ikelab.ike.ChildSa;
import org.ikelab.ike.ChildTransform;
import org.ikelab.ike.TrafficSelector;
import org.ikelab.ipsec.DfBitPolicy;
import org.ikelab.ipsec.Direction;
import org.ikelab.ipsec.Lifetime;
import org.ikelab.ipsec.Mode;
import org.ikelab.ipsec.SaConfig;
import org.ikelab.ipsec.Selector;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.Integrity;
import org.ikelab.router.crypto.SaTranslator;

/** What IKEv1 negotiated (IPsec DOI numbers) to data-plane SAs and IOS transform names. */
public final class ChildSaTranslator implements SaTranslator {
    private static final int ESP_AES = 12;
    private static final int ESP_GCM_16 = 20;
    private static final int ESP_GMAC = 23;

    @Override
    public SaConfig toSaConfig(ChildSa sa, int replayWindow, DfBitPolicy dfBit) {
        Direction dir = sa.inbound() ? Direction.INBOUND : Direction.OUTBOUND;
        int local = bits(sa.inbound() ? sa.destination().addressBytes() : sa.source().addressBytes());
        int peer = bits(sa.inbound() ? sa.source().addressBytes() : sa.destination().addressBytes());
        int localPort = sa.inbound() ? sa.destination().port() : sa.source().port();
        int peerPort = sa.inbound() ? sa.source().port() : sa.destination().port();
        long spi = sa.spi() & 0xFFFFFFFFL;
        int encap = sa.encapsulationMode();
        boolean transport = encap == 2 || encap == 4 || encap == 61444;
        boolean udp = encap == 3 || encap == 4 || encap == 61443 || encap == 61444;
        SaConfig.Builder b;
        if (sa.protocol() == Transforms.PROTO_AH) {
            b = SaConfig.ah(spi, dir, local, peer).integrity(IntegrityAlgorithm.byIkev1Ah(sa.transformId()), sa.integrityKey());
        } else {
            b = SaConfig.esp(spi, dir, local, peer).encryption(encryption(sa), sa.encryptionKey());
            if (sa.authAlgorithm() != 0) b.integrity(IntegrityAlgorithm.byIkev1AuthAttr(sa.authAlgorithm()), sa.integrityKey());
            if (udp) b.udpEncap(localPort, peerPort);
        }
        Selector ours = new Selector(selector(sa.local()), selector(sa.remote()));
        return b.mode(transport ? Mode.TRANSPORT : Mode.TUNNEL).replayWindow(replayWindow).dfBit(dfBit)
                .lifetime(Lifetime.ios(sa.lifetimeSeconds(), sa.lifetimeKilobytes()))
                .selector(sa.inbound() ? ours.reversed() : ours).build();
    }

    static EncryptionAlgorithm encryption(ChildSa sa) {
        int len = sa.encryptionKey().length;
        int bits = switch (sa.transformId()) {
            case ESP_AES -> len * 8;
            case ESP_GCM_16, ESP_GMAC, 18, 19 -> (len - 4) * 8;
            default -> 0;
        };
        EncryptionAlgorithm a = EncryptionAlgorithm.byIkev1Esp(sa.transformId(), bits);
        return a != null ? a : EncryptionAlgorithm.byIkev1Esp(sa.transformId(), 0);
    }

    static org.ikelab.ipsec.TrafficSelector selector(TrafficSelector t) {
        int mask = ByteBuffer.wrap(t.mask()).getInt();
        int lo = t.port();
        int hi = t.port() == 0 ? 65535 : t.port();
        return new org.ikelab.ipsec.TrafficSelector(ByteBuffer.wrap(t.address()).getInt(), Integer.bitCount(mask),
                t.protocol(), lo, hi);
    }

    private static int bits(byte[] a) {
        return ByteBuffer.wrap(a).getInt();
    }

    @Override
    public List<String> displayNames(ChildTransform t) {
        List<String> out = new ArrayList<>();
        if (t.ah() != null) out.addAll(displayNames(t.ah()));
        if (t.protocol() == Transforms.PROTO_AH) {
            IntegrityAlgorithm i = IntegrityAlgorithm.byIkev1Ah(t.transformId());
            out.add(i == null ? "ah-sha-hmac" : i.iosAhName());
            return out;
        }
        int bits = t.keyLengthBits();
        EncryptionAlgorithm e = EncryptionAlgorithm.byIkev1Esp(t.transformId(), bits);
        if (e == null) e = EncryptionAlgorithm.byIkev1Esp(t.transformId(), 0);
        out.add(e == null ? "esp-aes" : e.iosDisplayName());
        if (t.authAlgorithm() != 0) {
            IntegrityAlgorithm i = IntegrityAlgorithm.byIkev1AuthAttr(t.authAlgorithm());
            if (i != null) out.add(i.iosEspName());
        }
        return out;
    }

    @Override
    public Cipher cipher(SaConfig sa) {
        EncryptionAlgorithm e = sa.encryption();
        if (e == null) return Cipher.NULL;
        return switch (e) {
            case DES_CBC -> Cipher.DES;
            case TRIPLE_DES_CBC -> Cipher.TRIPLE_DES;
            case NULL -> Cipher.NULL;
            case AES_CBC_128 -> Cipher.AES_128;
            case AES_CBC_192 -> Cipher.AES_192;
            case AES_CBC_256 -> Cipher.AES_256;
            case AES_GCM_16_192, AES_GCM_12_192, AES_GCM_8_192, AES_GMAC_192 -> Cipher.AES_GCM_192;
            case AES_GCM_16_256, AES_GCM_12_256, AES_GCM_8_256, AES_GMAC_256 -> Cipher.AES_GCM_256;
            default -> Cipher.AES_GCM_128;
        };
    }

    @Override
    public Integrity integrity(SaConfig sa) {
        return switch (sa.integrity()) {
            case HMAC_MD5_96 -> Integrity.MD5;
            case HMAC_SHA1_96 -> Integrity.SHA1;
            case HMAC_SHA2_256_128 -> Integrity.SHA256;
            case HMAC_SHA2_384_192 -> Integrity.SHA384;
            case HMAC_SHA2_512_256 -> Integrity.SHA512;
            default -> Integrity.NONE;
        };
    }
}
