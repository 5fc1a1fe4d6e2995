package org.ikelab.crypto.cipher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The catalogue's numbers and names, as the IANA registries, IOS and Wireshark spell them. */
class CatalogueTest {
    @Test
    void ianaIds() {
        assertSame(EncryptionAlgorithm.AES_CBC_256, EncryptionAlgorithm.byIkev2(12, 256));
        assertSame(EncryptionAlgorithm.AES_CBC_128, EncryptionAlgorithm.byIkev1Esp(12, 128));
        assertSame(EncryptionAlgorithm.TRIPLE_DES_CBC, EncryptionAlgorithm.byIkev2(3, 0));
        assertSame(EncryptionAlgorithm.AES_GCM_16_128, EncryptionAlgorithm.byIkev2(20, 128));
        assertSame(EncryptionAlgorithm.AES_GCM_8_256, EncryptionAlgorithm.byIkev1Esp(18, 256));
        assertSame(EncryptionAlgorithm.AES_GMAC_128, EncryptionAlgorithm.byIkev2(21, 128));
        assertSame(EncryptionAlgorithm.AES_GMAC_256, EncryptionAlgorithm.byIkev1Esp(23, 256));
        assertSame(EncryptionAlgorithm.NULL, EncryptionAlgorithm.byIkev2(11, 0));
        assertSame(IntegrityAlgorithm.HMAC_SHA1_96, IntegrityAlgorithm.byIkev2(2));
        assertSame(IntegrityAlgorithm.HMAC_SHA2_256_128, IntegrityAlgorithm.byIkev2(12));
        assertSame(IntegrityAlgorithm.HMAC_SHA2_512_256, IntegrityAlgorithm.byIkev1AuthAttr(7));
        assertSame(IntegrityAlgorithm.HMAC_MD5_96, IntegrityAlgorithm.byIkev1Ah(2));
        assertSame(IntegrityAlgorithm.HMAC_SHA1_96, IntegrityAlgorithm.byIkev1Ah(3));
    }

    @Test
    void iosNames() {
        assertSame(EncryptionAlgorithm.AES_CBC_192, EncryptionAlgorithm.byIosName("esp-aes 192"));
        assertEquals("esp-192-aes", EncryptionAlgorithm.AES_CBC_192.iosDisplayName());
        assertEquals("esp-256-aes", EncryptionAlgorithm.byIosName("esp-aes 256").iosDisplayName());
        assertEquals("esp-gcm 256", EncryptionAlgorithm.AES_GCM_16_256.iosDisplayName());
        assertSame(EncryptionAlgorithm.AES_CBC_128, EncryptionAlgorithm.byIosName("esp-aes"));
        assertSame(EncryptionAlgorithm.AES_GMAC_128, EncryptionAlgorithm.byIosName("esp-gmac"));
        assertNull(EncryptionAlgorithm.byIosName("esp-seal"));
        assertSame(IntegrityAlgorithm.HMAC_SHA1_96, IntegrityAlgorithm.byIosName("esp-sha-hmac"));
        assertSame(IntegrityAlgorithm.HMAC_SHA2_384_192, IntegrityAlgorithm.byIosName("ah-sha384-hmac"));
    }

    @Test
    void sizes() {
        assertEquals(20, EncryptionAlgorithm.AES_GCM_16_128.keyMaterialBytes());
        assertEquals(36, EncryptionAlgorithm.AES_GMAC_256.keyMaterialBytes());
        assertEquals(8, EncryptionAlgorithm.AES_GCM_16_256.ivBytes());
        assertEquals(16, EncryptionAlgorithm.AES_CBC_256.ivBytes());
        assertEquals(8, EncryptionAlgorithm.TRIPLE_DES_CBC.ivBytes());
        assertEquals(12, IntegrityAlgorithm.HMAC_SHA1_96.icvBytes());
        assertEquals(32, IntegrityAlgorithm.HMAC_SHA2_512_256.icvBytes());
        assertEquals("AES-GCM with 16 octet ICV [RFC4106]", EncryptionAlgorithm.AES_GCM_16_256.wiresharkName());
        assertEquals("HMAC-SHA-1-96 [RFC2404]", IntegrityAlgorithm.HMAC_SHA1_96.wiresharkName());
    }
}
