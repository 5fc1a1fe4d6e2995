package org.ikelab.cli;

import java.util.List;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.parse.Ctx;
import org.ikelab.parse.gen.IosParser.Show_crypto_ikev2Context;
import org.ikelab.parse.gen.IosParser.Show_crypto_whatContext;

/**
 * Dispatch of the config-only {@code show crypto ...} commands ({@code show_crypto_what} in the
 * grammar) to their formatters.
 */
public final class ShowCrypto {
    private ShowCrypto() {}

    public static List<String> lines(CryptoConfig config, Show_crypto_whatContext c) {
        if (c.show_crypto_key() != null) {
            var k = c.show_crypto_key().rsa_label();
            return ShowCryptoKey.lines(config, k == null ? null : k.getText());
        }
        if (Ctx.has(c, "isakmp")) {
            if (c.show_isakmp_default() != null) return ShowCryptoIsakmpPolicy.defaultLines();
            return Ctx.has(c, "policy") ? ShowCryptoIsakmpPolicy.lines(config) : ShowCryptoIsakmpKey.lines(config);
        }
        if (c.show_crypto_ikev2() != null) {
            Show_crypto_ikev2Context k = c.show_crypto_ikev2();
            if (Ctx.has(k, "proposal")) {
                return k.ikev2_proposal_name() == null ? ShowCryptoIkev2Proposal.lines(config)
                        : ShowCryptoIkev2Proposal.lines(config, k.ikev2_proposal_name().getText());
            }
            return k.ikev2_policy_name() == null ? ShowCryptoIkev2Policy.lines(config)
                    : ShowCryptoIkev2Policy.lines(config, k.ikev2_policy_name().getText());
        }
        if (Ctx.has(c, "transform-set")) {
            return c.transform_set_name() == null ? ShowCryptoIpsecTransformSet.lines(config)
                    : ShowCryptoIpsecTransformSet.lines(config, c.transform_set_name().getText());
        }
        if (Ctx.has(c, "profile")) {
            return c.ipsec_profile_name() == null ? ShowCryptoIpsecProfile.lines(config)
                    : ShowCryptoIpsecProfile.lines(config, c.ipsec_profile_name().getText());
        }
        return ShowCryptoIpsecSecurityAssociation.lines(config);
    }
}
