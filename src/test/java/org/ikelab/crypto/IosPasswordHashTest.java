package org.ikelab.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ikelab.common.RandomSource;
import org.junit.jupiter.api.Test;

class IosPasswordHashTest {
    @Test
    void type9HasIosShapeAndVerifies() {
        String h = IosPasswordHash.type9("cisco", RandomSource.seeded(1));
        assertTrue(h.startsWith("$9$"));
        assertEquals(3 + 14 + 1 + 43, h.length());
        assertTrue(IosPasswordHash.wellFormed(9, h));
        assertTrue(IosPasswordHash.verify("cisco", h));
        assertFalse(IosPasswordHash.verify("Cisco", h));
    }

    @Test
    void type8HasIosShapeAndVerifies() {
        String h = IosPasswordHash.type8("cisco", RandomSource.seeded(2));
        assertEquals(3 + 10 + 1 + 43, h.length());
        assertTrue(IosPasswordHash.verify("cisco", h));
        assertFalse(IosPasswordHash.verify("cisco", "$8$bad"));
    }

    @Test
    void type5MatchesMd5CryptVectors() {
        // Vectors from `openssl passwd -1 -salt SALT PASSWORD`.
        assertEquals("$1$mERr$hx5rVt7rPNoS4wqbXKX7m0", IosPasswordHash.type5("cisco", "mERr"));
        assertEquals("$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/", IosPasswordHash.type5("password", "saltsalt"));
        assertTrue(IosPasswordHash.verify("cisco", "$1$mERr$hx5rVt7rPNoS4wqbXKX7m0"));
    }

    @Test
    void sameSaltSameHash() {
        assertEquals(IosPasswordHash.type9("x", "abcdefghijklmn"), IosPasswordHash.type9("x", "abcdefghijklmn"));
    }
}
