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

/** Where a router keeps its startup-config (NVRAM). */
public interface StartupStore {
    /** The saved configuration text, if any. */
    Optional<String> read() throws IOException;

    void write(String text) throws IOException;

    void erase() throws IOException;

    /** NVRAM that lives as long as the object (tests, labs without files). */
    static StartupStore memory() {
        return new StartupStore() {
            private String text;
            @Override public Optional<String> read() { return Optional.ofNullable(text); }
            @Override public void write(String t) { text = t; }
            @Override public void erase() { text = null; }
        };
    }

    /** A file, written atomically: a temporary file beside it is written, forced to disk, then renamed. */
    static StartupStore file(Path path) {
        return new StartupStore() {
            @Override
            public Optional<String> read() throws IOException {
                return Files.exists(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
            }

            @Override
            public void write(String text) throws IOException {
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

            @Override
            public void erase() throws IOException {
                Files.deleteIfExists(path);
            }
        };
    }
}
