package org.ikelab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupStoreTest {
    @Test
    void fileStoreWritesAtomicallyReadsAndErases(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("nvram/R1.cfg");
        StartupStore s = StartupStore.file(f);
        assertEquals(Optional.empty(), s.read());
        s.write("hostname R1\n");
        s.write("hostname R2\n");
        assertEquals(Optional.of("hostname R2\n"), s.read());
        try (Stream<Path> l = Files.list(f.getParent())) {
            assertEquals(1, l.count(), "no temporary file is left beside the config");
        }
        s.erase();
        assertEquals(Optional.empty(), s.read());
        assertTrue(Files.notExists(f));
    }

    @Test
    void thePrivateConfigLivesBesideTheFileAndGoesWithErase(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("R1.cfg");
        StartupStore s = StartupStore.file(f);
        assertEquals(Optional.empty(), s.readPrivate());
        s.write("hostname R1\n");
        s.writePrivate("rsa-key K non-exportable 0\n");
        assertEquals(Optional.of("rsa-key K non-exportable 0\n"), s.readPrivate());
        assertTrue(Files.exists(dir.resolve("R1.cfg.private")));
        s.erase();
        assertEquals(Optional.empty(), s.readPrivate());
        StartupStore m = StartupStore.memory();
        m.writePrivate("x");
        assertEquals(Optional.of("x"), m.readPrivate());
        m.erase();
        assertEquals(Optional.empty(), m.readPrivate());
    }

    @Test
    void type7RoundTrips() {
        assertEquals("cisco", Type7.decode(Type7.encode("cisco", 8)));
        assertEquals("cisco", Type7.decode("0822455D0A16"));
        assertEquals(null, Type7.decode("0"));
    }
}
