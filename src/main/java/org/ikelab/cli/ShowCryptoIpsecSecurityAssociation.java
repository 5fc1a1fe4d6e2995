package org.ikelab.cli;

import java.util.List;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.IpsecGlobals;

/** {@code show crypto ipsec security-association}: the global SA lifetimes. */
public final class ShowCryptoIpsecSecurityAssociation {
    private ShowCryptoIpsecSecurityAssociation() {}

    public static List<String> lines(CryptoConfig config) {
        IpsecGlobals g = config.ipsecGlobals();
        return List.of("Security association lifetime: " + g.lifetimeKilobytes() + " kilobytes/" + g.lifetimeSeconds()
                + " seconds");
    }
}
