package org.ikelab.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Where a router keeps its startup-config (NVRAM), and beside it the private configuration IOS
 * never shows (RSA key pairs, written by {@code write memory}, erased with the startup-config).
 */
public interface StartupStore {
    /** The saved configuration text, if any. */
    Optional<String> read() throws IOException;

    void write(String text) throws IOException;

    void erase() throws IOException;

    /** The private configuration (RSA keys), if any; a store without one has none. */
    default Optional<String> readPrivate() throws IOException {
        return Optional.empty();
    }

    /** Saves the private configuration (empty text removes it). */
    default void writePrivate(String text) throws IOException {
        // A store without a private part keeps no keys across reloads.
    }

    /** NVRAM that lives as long as the object (tests, labs without files). */
    static StartupStore memory() {
        return new StartupStore() {
            private String text;
            private String privateText;
            @Override public Optional<String> read() { return Optional.ofNullable(text); }
            @Override public void write(String t) { text = t; }
            @Override public void erase() { text = null; privateText = null; }
            @Override public Optional<String> readPrivate() { return Optional.ofNullable(privateText); }
            @Override public void writePrivate(String t) { privateText = t.isEmpty() ? null : t; }
        };
    }

    /**
     * A file, written atomically: a temporary file beside it is written, forced to disk, then
     * renamed. The private configuration is the file {@code NAME.private} beside it.
     */
    static StartupStore file(Path path) {
        Path priv = path.resolveSibling(path.getFileName() + ".private");
        return new StartupStore() {
            @Override
            public Optional<String> read() throws IOException {
                return readFile(path);
            }

            @Override
            public void write(String text) throws IOException {
                writeFile(path, text);
            }

            @Override
            public void erase() throws IOException {
                Files.deleteIfExists(path);
                Files.deleteIfExists(priv);
            }

            @Override
            public Optional<String> readPrivate() throws IOException {
                return readFile(priv);
            }

            @Override
            public void writePrivate(String text) throws IOException {
                if (text.isEmpty()) Files.deleteIfExists(priv);
                else writeFile(priv, text);
            }
        };
    }

    private static Optional<String> readFile(Path path) throws IOException {
        return Files.exists(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
    }

    private static void writeFile(Path path, String text) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
