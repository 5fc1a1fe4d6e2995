package org.ikelab.cli.show.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/** Reads expected screen texts from {@code src/test/resources/show} byte for byte. */
final class Golden {
    private Golden() {}

    static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/show/" + name)) {
            if (in == null) throw new IllegalArgumentException("no golden file " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An address literal (never a DNS lookup). */
    static InetAddress ip(String literal) {
        return InetAddress.ofLiteral(literal);
    }
}
