package org.ikelab.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.RsaKeyPair;
import org.ikelab.crypto.rsa.RsaKeyMaterial;

/** {@code show crypto key mypubkey rsa [LABEL]} (reference §4.11, captured IOS 15 layout). */
public final class ShowCryptoKey {
    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' MMM d yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** Key Data rows: 8 groups of 8 hex digits, 2-space indent, a trailing space after full rows. */
    private static final int GROUPS_PER_ROW = 8;

    private ShowCryptoKey() {}

    /** Every key pair, or the one named {@code label}; nothing when there is none. */
    public static List<String> lines(CryptoConfig config, String label) {
        List<String> out = new ArrayList<>();
        for (RsaKeyPair p : config.rsaKeyPairs()) {
            if (label != null && !label.equals(p.label())) continue;
            key(out, p, p.general(), p.usageKeys() ? "Signature Key" : "General Purpose Key");
            if (p.usageKeys()) key(out, p, p.encryption(), "Encryption Key");
        }
        return out;
    }

    private static void key(List<String> out, RsaKeyPair p, RsaKeyMaterial m, String usage) {
        out.add("% Key pair was generated at: " + GENERATED.format(Instant.ofEpochMilli(p.generatedMillis())));
        out.add("Key name: " + p.label());
        out.add("Key type: RSA KEYS");
        out.add(" Storage Device: not specified");
        out.add(" Usage: " + usage);
        out.add(p.exportable() ? " Key is exportable." : " Key is not exportable.");
        out.add(" Key Data:");
        out.addAll(keyData(m.publicKeyDer()));
    }

    static List<String> keyData(byte[] der) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder("  ");
        int groups = 0;
        for (int i = 0; i < der.length; i += 4) {
            for (int j = i; j < Math.min(i + 4, der.length); j++) row.append(String.format("%02X", der[j] & 0xff));
            row.append(' ');
            if (++groups == GROUPS_PER_ROW) {
                rows.add(row.toString());
                row.setLength(2);
                groups = 0;
            }
        }
        if (groups > 0) rows.add(row.substring(0, row.length() - 1));
        return rows;
    }
}
