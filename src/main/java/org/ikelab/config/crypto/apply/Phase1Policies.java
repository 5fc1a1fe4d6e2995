package org.ikelab.config.crypto.apply;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.IsakmpAuth;
import org.ikelab.config.crypto.IsakmpPolicy;
import org.ikelab.ike.Phase1Proposal;

/**
 * {@code crypto isakmp policy} to IKEv1 proposals (RFC 2409 Appendix A values), in the order IOS
 * offers and checks them: ascending priority, or the IOS 15 default suites when no policy is
 * configured (ios-crypto-reference §7.3).
 */
final class Phase1Policies {
    private Phase1Policies() {
    }

    /**
     * Only pre-share policies take part: the IKE engine authenticates with pre-shared keys, so an
     * rsa-sig policy (the default of a fresh {@code crypto isakmp policy}) can never complete,
     * which is what IOS shows too when no certificates exist.
     */
    static List<Phase1Proposal> of(CryptoConfig c) {
        List<Phase1Proposal> out = new ArrayList<>();
        for (IsakmpPolicy p : c.isakmpPoliciesInOrder()) {
            if (p.authentication() == IsakmpAuth.PRE_SHARE) out.add(proposal(p));
        }
        return out;
    }

    static Phase1Proposal proposal(IsakmpPolicy p) {
        int enc = switch (p.encryption()) {
            case DES -> 1;
            case TRIPLE_DES -> 5;
            case AES_128, AES_192, AES_256 -> 7;
        };
        int hash = switch (p.hash()) {
            case MD5 -> 1;
            case SHA -> 2;
            case SHA256 -> 4;
            case SHA384 -> 5;
            case SHA512 -> 6;
        };
        int auth = p.authentication() == IsakmpAuth.PRE_SHARE ? 1 : p.authentication() == IsakmpAuth.RSA_SIG ? 3 : 4;
        return new Phase1Proposal(p.priority(), enc, p.encryption().keyBits(), hash, auth, p.group().number(),
                p.lifetimeSeconds());
    }
}
