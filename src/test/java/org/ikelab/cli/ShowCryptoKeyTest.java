package org.ikelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.RsaKeyStore;
import org.junit.jupiter.api.Test;

/** Reference §4.11: the mypubkey layout and the Key Data rows of a 1024-bit key. */
class ShowCryptoKeyTest {
    @Test
    void aKeyOf1024BitsShowsFiveFullRowsAndAShortOne() {
        CryptoConfig c = new CryptoConfig();
        c.putRsaKeyPair(RsaKeyStore.generate("getvpnkey", 1024, 0, true, RandomSource.seeded(4), new Clock() {
            @Override public long nanoTime() { return 0; }
            @Override public long wallMillis() { return 1667620575000L; }
        }).pair());
        List<String> out = ShowCryptoKey.lines(c, null);
        assertEquals(List.of("% Key pair was generated at: 03:56:15 UTC Nov 5 2022", "Key name: getvpnkey",
                "Key type: RSA KEYS", " Storage Device: not specified", " Usage: General Purpose Key",
                " Key is exportable.", " Key Data:"), out.subList(0, 7));
        List<String> rows = out.subList(7, out.size());
        assertEquals(6, rows.size());
        assertTrue(rows.getFirst().startsWith("  30819F30 0D06092A 864886F7 0D010101 05000381 8D003081 89028181 00"));
        for (String r : rows.subList(0, 5)) assertEquals(2 + 8 * 9, r.length(), "8 groups and a trailing space: " + r);
        assertEquals("  0001", rows.getLast());
        assertEquals(List.of(), ShowCryptoKey.lines(c, "other"));
    }
}
