package org.ikelab.cli.show.crypto;

import java.util.List;
import java.util.Locale;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.EngineConnection;
import org.ikelab.ipsec.status.Integrity;

/** {@code show crypto engine connections active} (reference §4.10). */
public final class ShowCryptoEngineConnections {
    private ShowCryptoEngineConnections() {}

    /**
     * Title, blank line, column header, one row per connection in the given order (IPsec ids
     * ascending, then IKE). With no connection the title, the blank line and the column header
     * remain (decision for the "only the header" of S50).
     */
    public static String format(List<EngineConnection> connections) {
        StringBuilder sb = new StringBuilder("Crypto Engine Connections\n\n");
        sb.append("   ID  Type    Algorithm           Encrypt  Decrypt LastSeqN IP-Address\n");
        for (EngineConnection c : connections) {
            // C layout "%5d  %-8s%-20s%7d%9d%9d %s" (verified against the captured S57 row).
            sb.append(String.format(Locale.ROOT, "%5d  %-8s%-20s%7d%9d%9d %s\n",
                    c.id(), c.type().label(), algorithm(c), c.encrypted(), c.decrypted(), c.lastSeqN(),
                    IosText.addr(c.localAddress())));
        }
        return sb.toString();
    }

    /** IPsec rows print {@code CIPHER+HASH} ({@code AES+SHA}), IKE rows {@code HASH+CIPHER} ({@code SHA+AES}). */
    static String algorithm(EngineConnection c) {
        String cipher = cipher(c.cipher());
        if (c.integrity() == Integrity.NONE) return cipher;
        String hash = hash(c.integrity());
        return c.type() == EngineConnection.Type.IPSEC ? cipher + "+" + hash : hash + "+" + cipher;
    }

    private static String cipher(Cipher c) {
        return switch (c) {
            case DES -> "DES";
            case TRIPLE_DES -> "3DES";
            case AES_128 -> "AES";
            case AES_192 -> "AES192";
            case AES_256 -> "AES256";
            // No capture shows a GCM row; spelled by analogy with the AES rows.
            case AES_GCM_128 -> "AESGCM";
            case AES_GCM_192 -> "AESGCM192";
            case AES_GCM_256 -> "AESGCM256";
            case NULL -> "NULL";
        };
    }

    private static String hash(Integrity h) {
        return switch (h) {
            case NONE -> "";
            case MD5 -> "MD5";
            case SHA1 -> "SHA";
            case SHA256 -> "SHA256";
            case SHA384 -> "SHA384";
            case SHA512 -> "SHA512";
        };
    }
}
