package org.ikelab.parse;

import static org.ikelab.parse.CryptoCommands.crypto;

import java.util.function.Consumer;
import org.ikelab.config.crypto.RsaKeyStore;

/**
 * {@code no shutdown} in {@code (cs-server)} (reference §2.9, captured): the passphrase that
 * protects the CA key is asked twice without echo; Return alone leaves the server shut. The CA
 * key pair carries the server's name; it is generated here (silently, as captured) unless it
 * exists already.
 */
final class PkiServerDialog {
    private PkiServerDialog() {}

    static final String LOCKED = "%Some server settings cannot be changed after CA certificate generation.";
    /** Size of the CA key IOS generates when none with the server's name exists (IOS 15 default). */
    static final int CA_KEY_BITS = 1024;

    static void noShutdown(CommandEnv env, String server) {
        if (crypto(env).pkiServer(server).map(s -> !s.shutdown()).orElse(false)) return;
        env.print(LOCKED);
        env.print("% Please enter a passphrase to protect the private key");
        env.print("% or type Return to exit");
        env.ask("Password: ", true, (first, print) -> {
            print.accept("");
            if (first.isEmpty()) return;
            env.ask("Re-enter password: ", true, (second, p2) -> {
                p2.accept("");
                if (!second.equals(first)) {
                    p2.accept("% Passwords do not match.");
                    return;
                }
                enable(env, server, p2);
            });
        });
    }

    private static void enable(CommandEnv env, String server, Consumer<String> print) {
        if (crypto(env).rsaKeyPair(server).isEmpty()) {
            // Silent, as in the captured transcript (reference §2.9).
            crypto(env).putRsaKeyPair(RsaKeyStore.generate(server, CA_KEY_BITS, 0, false, env.random(), env.clock()).pair());
        }
        crypto(env).enablePkiServer(server);
        env.changed();
        print.accept("% Certificate Server enabled.");
    }

}
