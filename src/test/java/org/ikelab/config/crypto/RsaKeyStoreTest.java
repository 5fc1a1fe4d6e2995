package org.ikelab.config.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.config.StartupStore;
import org.junit.jupiter.api.Test;

class RsaKeyStoreTest {
    @Test
    void keysSurviveThePrivateConfigAndDamagedBlocksAreReported() throws Exception {
        CryptoConfig c = new CryptoConfig();
        c.putRsaKeyPair(RsaKeyStore.generate("A", 384, 0, true, RandomSource.seeded(1), Clock.SYSTEM).pair());
        c.putRsaKeyPair(RsaKeyStore.generate("U", 384, 400, false, RandomSource.seeded(2), Clock.SYSTEM).pair());
        StartupStore nv = StartupStore.memory();
        RsaKeyStore.save(nv, c);
        CryptoConfig back = new CryptoConfig();
        List<String> report = new ArrayList<>();
        RsaKeyStore.load(nv, back, report);
        assertTrue(report.isEmpty());
        assertEquals(c.rsaKeyPairs(), back.rsaKeyPairs());
        assertEquals(400, back.rsaKeyPair("U").orElseThrow().encryption().modulusBits());

        List<String> problems = new ArrayList<>();
        List<RsaKeyPair> read = RsaKeyStore.decode("rsa-key B exportable 5\n general AAAA\nrsa-key\ngarbage\n", problems);
        assertTrue(read.isEmpty());
        assertEquals(List.of("% Could not read the RSA key pair B from NVRAM"), problems);
    }
}
