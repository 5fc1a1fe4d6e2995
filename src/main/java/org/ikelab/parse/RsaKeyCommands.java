package org.ikelab.parse;

import static org.ikelab.parse.CryptoCommands.crypto;

import java.util.Optional;
import java.util.function.Consumer;
import org.ikelab.config.crypto.RsaKeyPair;
import org.ikelab.config.crypto.RsaKeyStore;
import org.ikelab.config.crypto.RsaKeyTranscript;

/**
 * The dialogs of {@code crypto key generate rsa} and {@code crypto key zeroize rsa} (reference
 * §2.9): the replace question, the modulus question when no {@code modulus} was typed (asked
 * twice, signature then encryption, for usage keys), the zeroize confirmation. Keys are not
 * configuration, so none of this marks the running-config changed.
 */
final class RsaKeyCommands {
    private RsaKeyCommands() {}

    /** What was typed after {@code crypto key generate rsa}. */
    record Request(String label, Integer modulus, boolean usageKeys, boolean exportable) {}

    private interface Bits {
        void then(int bits, Consumer<String> print);
    }

    static void generate(CommandEnv env, Request req) {
        var cfg = env.config();
        Optional<String> err = RsaKeyTranscript.nameError(cfg.hostname(), cfg.domainName(), req.label());
        if (err.isPresent()) {
            env.fail(err.get());
            return;
        }
        String name = RsaKeyTranscript.keyName(cfg.hostname(), cfg.domainName(), req.label());
        if (crypto(env).rsaKeyPair(name).isPresent()) {
            RsaKeyTranscript.alreadyDefined(name).forEach(env::print);
            env.ask(RsaKeyTranscript.REPLACE_QUESTION, false, (ans, print) -> {
                if (yes(ans)) start(env, name, req, print);
            });
            return;
        }
        start(env, name, req, env::print);
    }

    private static void start(CommandEnv env, String name, Request req, Consumer<String> print) {
        print.accept(RsaKeyTranscript.nameLine(name));
        if (req.modulus() != null) {
            RsaKeyTranscript.modulusGiven(req.modulus()).forEach(print);
            finish(env, name, req, req.modulus(), req.usageKeys() ? req.modulus() : 0, print);
            print.accept("");
            return;
        }
        if (!req.usageKeys()) {
            askModulus(env, "General Purpose", print, (bits, p) -> finish(env, name, req, bits, 0, p));
        } else {
            askModulus(env, "Signature", print, (sig, p) ->
                    askModulus(env, "Encryption", p, (enc, p2) -> finish(env, name, req, sig, enc, p2)));
        }
    }

    private static void askModulus(CommandEnv env, String purpose, Consumer<String> print, Bits then) {
        RsaKeyTranscript.chooseModulus(purpose).forEach(print);
        question(env, then);
    }

    private static void question(CommandEnv env, Bits then) {
        env.ask(RsaKeyTranscript.MODULUS_QUESTION, false, (ans, print) -> {
            int bits;
            try {
                bits = ans.isBlank() ? RsaKeyPair.DEFAULT_MODULUS : Integer.parseInt(ans.strip());
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < RsaKeyPair.MIN_MODULUS || bits > RsaKeyPair.MAX_MODULUS) {
                print.accept(RsaKeyTranscript.badModulus());
                question(env, then);
                return;
            }
            then.then(bits, print);
        });
    }

    private static void finish(CommandEnv env, String name, Request req, int bits, int encBits, Consumer<String> print) {
        RsaKeyStore.Generated g = RsaKeyStore.generate(name, bits, encBits, req.exportable(), env.random(), env.clock());
        crypto(env).putRsaKeyPair(g.pair());
        RsaKeyTranscript.generated(bits, req.exportable(), g.elapsedSeconds()).forEach(print);
        if (encBits > 0) RsaKeyTranscript.generated(encBits, req.exportable(), g.elapsedSeconds()).forEach(print);
    }

    /** {@code crypto key zeroize rsa [LABEL]}: warning, then the confirmation. */
    static void zeroize(CommandEnv env, String label) {
        boolean any = label == null ? !crypto(env).rsaKeyPairs().isEmpty() : crypto(env).rsaKeyPair(label).isPresent();
        if (!any) {
            env.fail(RsaKeyTranscript.NO_KEYS);
            return;
        }
        RsaKeyTranscript.zeroizeWarning(label).forEach(env::print);
        env.ask(RsaKeyTranscript.ZEROIZE_QUESTION, false, (ans, print) -> {
            if (yes(ans)) crypto(env).zeroizeRsaKeys(label);
        });
    }

    static boolean yes(String answer) {
        String a = answer.strip().toLowerCase(java.util.Locale.ROOT);
        return !a.isEmpty() && "yes".startsWith(a);
    }
}
