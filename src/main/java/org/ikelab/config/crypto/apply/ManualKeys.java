package org.ikelab.config.crypto.apply;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ikelab.config.crypto.SessionKey;
import org.ikelab.config.crypto.TransformSet;
import org.ikelab.config.crypto.TransformSpec;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;
import org.ikelab.crypto.cipher.IntegrityAlgorithm;
import org.ikelab.ipsec.Direction;
import org.ikelab.ipsec.Mode;
import org.ikelab.ipsec.SaConfig;
import org.ikelab.ipsec.Selector;

/**
 * {@code ipsec-manual} entries: the {@code set session-key} lines with the entry's transform set
 * as data-plane SAs (no IKE, no lifetime, no anti-replay, as IOS shows "no sa timing"). Keys of
 * the wrong length for the transform leave the direction out.
 */
final class ManualKeys {
    record Result(List<SaConfig> inbound, List<SaConfig> outbound) {
    }

    private ManualKeys() {
    }

    static Result build(List<SessionKey> keys, TransformSet set, int local, int peer, Selector outbound) {
        EncryptionAlgorithm cipher = null;
        IntegrityAlgorithm espAuth = IntegrityAlgorithm.NONE;
        IntegrityAlgorithm ah = null;
        for (TransformSpec t : set.transforms()) {
            switch (t.transform().family()) {
                case ESP_CIPHER, ESP_COMBINED -> cipher = EncryptionAlgorithm.byIosName(t.configText());
                case ESP_AUTH -> espAuth = IntegrityAlgorithm.byIosName(t.transform().keyword());
                case AH -> ah = IntegrityAlgorithm.byIosName(t.transform().keyword());
                default -> { }
            }
        }
        if (cipher == null && espAuth != IntegrityAlgorithm.NONE) cipher = EncryptionAlgorithm.NULL;
        Mode mode = set.mode() == TransformSet.Mode.TUNNEL ? Mode.TUNNEL : Mode.TRANSPORT;
        List<SaConfig> in = new ArrayList<>();
        List<SaConfig> out = new ArrayList<>();
        for (SessionKey k : keys) {
            Direction dir = k.inbound() ? Direction.INBOUND : Direction.OUTBOUND;
            Selector sel = k.inbound() ? outbound.reversed() : outbound;
            try {
                SaConfig c;
                if (k.esp()) {
                    if (cipher == null) continue;
                    SaConfig.Builder b = SaConfig.esp(k.spi(), dir, local, peer).encryption(cipher, hex(k.cipherHex()));
                    if (espAuth != IntegrityAlgorithm.NONE && k.authenticatorHex() != null) b.integrity(espAuth, hex(k.authenticatorHex()));
                    c = b.mode(mode).replayWindow(0).selector(sel).build();
                } else {
                    if (ah == null) continue;
                    c = SaConfig.ah(k.spi(), dir, local, peer).integrity(ah, hex(k.cipherHex())).mode(mode).replayWindow(0)
                            .selector(sel).build();
                }
                (k.inbound() ? in : out).add(c);
            } catch (IllegalArgumentException e) {
                // A key of the wrong length: IOS would refuse the SA; it stays uninstalled.
            }
        }
        return new Result(in, out);
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.length() % 2 == 0 ? s : "0" + s);
    }

}
