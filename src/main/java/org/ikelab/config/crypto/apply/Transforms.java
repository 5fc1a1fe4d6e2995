package org.ikelab.config.crypto.apply;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.crypto.Transform;
import org.ikelab.config.crypto.TransformSet;
import org.ikelab.config.crypto.TransformSpec;
import org.ikelab.ike.ChildTransform;

/**
 * A transform set as quick mode offers it (IPsec DOI numbers, RFC 2407 §4.4-4.5). An AH+ESP set
 * is its ESP part carrying the AH part, offered as one proposal number with two protocols.
 */
final class Transforms {
    static final int PROTO_AH = 2;
    static final int PROTO_ESP = 3;
    static final int TUNNEL = 1;
    static final int TRANSPORT = 2;

    private Transforms() {
    }

    static ChildTransform of(TransformSet set) {
        int mode = set.mode() == TransformSet.Mode.TUNNEL ? TUNNEL : TRANSPORT;
        TransformSpec cipher = null;
        TransformSpec espAuth = null;
        TransformSpec ah = null;
        for (TransformSpec t : set.transforms()) {
            switch (t.transform().family()) {
                case ESP_CIPHER, ESP_COMBINED -> cipher = t;
                case ESP_AUTH -> espAuth = t;
                case AH -> ah = t;
                default -> { }
            }
        }
        if (cipher == null && espAuth != null) cipher = TransformSpec.of(Transform.ESP_NULL);
        if (cipher != null) {
            int auth = espAuth == null ? 0 : authAlgorithm(espAuth.transform());
            ChildTransform ahPart = ah == null ? null
                    : new ChildTransform(PROTO_AH, ahId(ah.transform()), 0, authAlgorithm(ah.transform()), mode);
            return new ChildTransform(PROTO_ESP, espId(cipher.transform()), cipher.keyBits(), auth, mode, ahPart);
        }
        if (ah != null) return new ChildTransform(PROTO_AH, ahId(ah.transform()), 0, authAlgorithm(ah.transform()), mode);
        return null;
    }

    /** The display names of a set in {@code show crypto map} and {@code show crypto ipsec sa}. */
    static List<String> displayNames(TransformSet set) {
        List<String> out = new ArrayList<>();
        for (TransformSpec t : set.transforms()) out.add(t.displayText());
        return out;
    }

    static int espId(Transform t) {
        return switch (t) {
            case ESP_DES -> 2;
            case ESP_3DES -> 3;
            case ESP_NULL -> 11;
            case ESP_GCM -> 20;
            case ESP_GMAC -> 23;
            default -> 12;
        };
    }

    static int ahId(Transform t) {
        return switch (t) {
            case AH_MD5_HMAC -> 2;
            case AH_SHA256_HMAC -> 5;
            case AH_SHA384_HMAC -> 6;
            case AH_SHA512_HMAC -> 7;
            default -> 3;
        };
    }

    static int authAlgorithm(Transform t) {
        return switch (t) {
            case ESP_MD5_HMAC, AH_MD5_HMAC -> 1;
            case ESP_SHA256_HMAC, AH_SHA256_HMAC -> 5;
            case ESP_SHA384_HMAC, AH_SHA384_HMAC -> 6;
            case ESP_SHA512_HMAC, AH_SHA512_HMAC -> 7;
            default -> 2;
        };
    }
}
