package org.ikelab.config.crypto;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.ikelab.common.Clock;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.RandomSource;
import org.ikelab.config.StartupStore;
import org.ikelab.crypto.rsa.RsaKeyGenerator;
import org.ikelab.crypto.rsa.RsaKeyMaterial;

/**
 * Generation of RSA key pairs and their NVRAM form. IOS writes keys to the private
 * configuration when the running-config is saved ({@code write memory}) and reads them back at
 * boot; they never appear in running- or startup-config. The private text here is ikelab's own
 * format, one block per pair:
 * <pre>
 * rsa-key LABEL exportable|non-exportable GENERATED-MILLIS
 *  general BASE64-PKCS8
 *  encryption BASE64-PKCS8      (usage keys only)
 * </pre>
 */
public final class RsaKeyStore {
    private RsaKeyStore() {}

    /** A generated pair and how long generation took on the session's clock. */
    public record Generated(RsaKeyPair pair, long elapsedSeconds) {}

    /** Generates a pair ({@code encryptionBits} 0 for general-purpose keys). */
    public static Generated generate(String label, int bits, int encryptionBits, boolean exportable,
            RandomSource random, Clock clock) {
        long t0 = clock.nanoTime();
        RsaKeyMaterial general = RsaKeyGenerator.generate(bits, random);
        RsaKeyMaterial enc = encryptionBits > 0 ? RsaKeyGenerator.generate(encryptionBits, random) : null;
        long elapsed = Math.max(0, (clock.nanoTime() - t0) / 1_000_000_000L);
        return new Generated(new RsaKeyPair(label, exportable, clock.wallMillis(), general, enc), elapsed);
    }

    /** The private-config text of these pairs (empty when there are none). */
    public static String encode(Collection<RsaKeyPair> pairs) {
        StringBuilder sb = new StringBuilder();
        Base64.Encoder b64 = Base64.getEncoder();
        for (RsaKeyPair p : pairs) {
            sb.append("rsa-key ").append(p.label()).append(p.exportable() ? " exportable " : " non-exportable ")
                    .append(p.generatedMillis()).append('\n');
            sb.append(" general ").append(b64.encodeToString(p.general().privateKeyDer())).append('\n');
            if (p.encryption() != null) {
                sb.append(" encryption ").append(b64.encodeToString(p.encryption().privateKeyDer())).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Reads the private-config text back. NVRAM is outside the router's control, so a damaged
     * block is skipped and named in {@code problems}, never thrown.
     */
    public static List<RsaKeyPair> decode(String text, List<String> problems) {
        List<RsaKeyPair> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String[] head = lines[i].strip().split(" ");
            if (!lines[i].startsWith("rsa-key ") || head.length != 4) continue;
            RsaKeyMaterial general = null;
            RsaKeyMaterial enc = null;
            boolean bad = false;
            while (i + 1 < lines.length && lines[i + 1].startsWith(" ")) {
                String[] kv = lines[++i].strip().split(" ");
                DecodeResult<RsaKeyMaterial> m = kv.length == 2 ? material(kv[1]) : DecodeResult.err("malformed");
                if (!m.isOk()) bad = true;
                else if (kv[0].equals("general")) general = m.value();
                else if (kv[0].equals("encryption")) enc = m.value();
            }
            long when;
            try {
                when = Long.parseLong(head[3]);
            } catch (NumberFormatException e) {
                bad = true;
                when = 0;
            }
            if (bad || general == null) {
                problems.add("% Could not read the RSA key pair " + head[1] + " from NVRAM");
                continue;
            }
            out.add(new RsaKeyPair(head[1], head[2].equals("exportable"), when, general, enc));
        }
        return out;
    }

    /**
     * Boot: adds the key pairs of the store's private configuration to {@code crypto}, once per
     * configuration object (a second console on the same router does not reload them).
     */
    public static void load(StartupStore store, CryptoConfig crypto, List<String> report) {
        if (crypto.keysLoaded) return;
        crypto.keysLoaded = true;
        try {
            store.readPrivate().ifPresent(t -> decode(t, report).forEach(crypto::putRsaKeyPair));
        } catch (IOException e) {
            report.add("%Error opening nvram:/private-config (" + e.getMessage() + ")");
        }
    }

    /** {@code write memory}: the key pairs go to the private configuration. */
    public static void save(StartupStore store, CryptoConfig crypto) throws IOException {
        store.writePrivate(encode(crypto.rsaKeyPairs()));
    }

    private static DecodeResult<RsaKeyMaterial> material(String b64) {
        try {
            return RsaKeyMaterial.fromPrivateKey(Base64.getDecoder().decode(b64));
        } catch (IllegalArgumentException e) {
            return DecodeResult.err("base64");
        }
    }
}
