package org.ikelab.ipsec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.ikelab.crypto.cipher.EncryptionAlgorithm;

/**
 * The one place ESP keys leave the stack (ARCHITECTURE decision 10): for every installed ESP SA
 * a line of Wireshark's {@code esp_sa} user table, as strongSwan's save-keys plugin writes it:
 * <pre>"IPv4","10.99.12.1","10.99.12.2","0x1234abcd","AES-CBC [RFC3602]","0x...","HMAC-SHA-1-96 [RFC2404]","0x..."</pre>
 * Source and destination are the packet's outer addresses. For AES-GCM the key is the AES key
 * followed by the 4-byte salt and the authentication is {@code "NULL",""} (tshark 4.0 rejects the
 * "ANY ... authentication" form). SAs Wireshark cannot decode (GMAC) and AH SAs produce no line.
 * Off unless the data plane is given one ({@link IpsecDataPlane#keyLog(EspKeyLog)}).
 */
public final class EspKeyLog {
    private static final HexFormat HEX = HexFormat.of();
    private final Consumer<String> sink;

    /** {@code sink} receives one line per SA, without line terminator. */
    public EspKeyLog(Consumer<String> sink) {
        this.sink = sink;
    }

    /**
     * A key log appending to {@code file} (Wireshark reads it as {@code esp_sa} in its
     * configuration directory). Each line is appended as the SA is installed, so a capture can be
     * decrypted while the lab runs.
     */
    public static EspKeyLog appendingTo(Path file) {
        return new EspKeyLog(line -> {
            try {
                Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write ESP key log " + file, e);
            }
        });
    }

    void installed(SaConfig c) {
        String l = line(c);
        if (l != null) sink.accept(l);
    }

    /** The {@code esp_sa} line for {@code c}, or null when Wireshark has no name for its transforms. */
    public static String line(SaConfig c) {
        if (c.protocol() != IpsecProtocol.ESP) return null;
        EncryptionAlgorithm e = c.encryption();
        if (e.wiresharkName() == null) return null;
        String encKey = e == EncryptionAlgorithm.NULL ? "" : "0x" + HEX.formatHex(c.encryptionKey());
        String authName = c.integrity().wiresharkName();
        String authKey = c.integrityKey().length == 0 ? "" : "0x" + HEX.formatHex(c.integrityKey());
        return q("IPv4") + "," + q(Ipv4.format(c.wireSource())) + "," + q(Ipv4.format(c.wireDestination())) + ","
                + q(String.format("0x%08x", c.spi())) + "," + q(e.wiresharkName()) + "," + q(encKey) + "," + q(authName) + "," + q(authKey);
    }

    private static String q(String s) {
        return "\"" + s + "\"";
    }
}
