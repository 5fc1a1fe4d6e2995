package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.IkeKeyring;
import org.ikelab.config.crypto.IsakmpKey;

/**
 * {@code show crypto isakmp key}: global keys under keyring "default", then the keys of each
 * {@code crypto keyring}. Columns start at 0, 13 and 57.
 */
public final class ShowCryptoIsakmpKey {
    private ShowCryptoIsakmpKey() {}

    public static List<String> lines(CryptoConfig config) {
        List<String> out = new ArrayList<>();
        out.add(row("Keyring", "Hostname/Address", "Preshared Key"));
        out.add("");
        for (IsakmpKey k : config.isakmpKeys()) out.add(row("default", k.showPeer(), k.key()));
        for (IkeKeyring kr : config.keyrings()) {
            for (IkeKeyring.Psk k : kr.keys()) {
                String peer = !k.byAddress() ? k.hostname()
                        : k.mask() == null ? k.address().toString() : k.address() + "/" + k.mask();
                out.add(row(kr.name(), peer, k.key()));
            }
        }
        return out;
    }

    private static String row(String keyring, String peer, String key) {
        return String.format("%-13s%-44s%s", keyring, peer, key);
    }
}
