package org.ikelab.crypto.ikev1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.ikelab.common.Hex;
import org.ikelab.crypto.prf.PrfAlgorithm;
import org.junit.jupiter.api.Test;

/**
 * RFC 2409 derivations. The "independent" values come from
 * {@code src/test/resources/crypto/ikev1/derive_vectors.py} (Python hashlib/hmac, written from the
 * RFC text); the "RUB-NDS" values are the published unit-test vector of Ruhr-University Bochum's
 * IPsec-StateMachineExtractor ({@code IKEv1HandshakeSessionSecretsTest}, PSK "AAAA",
 * AES-128/SHA-1/group 2), derived from a recorded handshake.
 */
class Ikev1KdfTest {
    static final byte[] PSK = "cisco123".getBytes(StandardCharsets.US_ASCII);
    static final byte[] NI = range(0x10, 20);
    static final byte[] NR = range(0x40, 24);
    static final byte[] CKY_I = Hex.decode("0102030405060708");
    static final byte[] CKY_R = Hex.decode("a1a2a3a4a5a6a7a8");
    static final byte[] GXI = fill(0x11, 128);
    static final byte[] GXR = fill(0x22, 128);
    static final byte[] GXY = fill(0x33, 128);
    static final byte[] SAI_B = Hex.decode("00000001000000010000002c01010001000000240101000080010007800e0080800200028004000280030001800b0001800c7080");
    static final byte[] IDII_B = Hex.decode("011101f47a7a7a7a");
    static final byte[] IDIR_B = Hex.decode("011100004d4d4d4d");

    static byte[] range(int start, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (start + i);
        return b;
    }

    static byte[] fill(int v, int n) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) v);
        return b;
    }

    private static Phase1Keys derive(PrfAlgorithm prf, int keyLength, int blockSize) {
        byte[] skeyid = Ikev1Kdf.skeyidPreSharedKey(prf, PSK, NI, NR);
        return Ikev1Kdf.derive(prf, skeyid, GXY, CKY_I, CKY_R, keyLength, GXI, GXR, blockSize);
    }

    @Test
    void pskSha1TripleDesNeedsKeyExpansion() {
        Phase1Keys k = derive(PrfAlgorithm.HMAC_SHA1, 24, 8);
        assertEquals("c19a900b6eb7a7401da5d6a34dc259138dd18f96", Hex.encode(k.skeyid()));
        assertEquals("f139dc9398ecf341f089097cc4829507afea3231", Hex.encode(k.skeyidD()));
        assertEquals("a716537cb9ff62489044fcacbd597712119bdc83", Hex.encode(k.skeyidA()));
        assertEquals("2c54eb77ba70b9ce54e78054a8f25e2373a254fb", Hex.encode(k.skeyidE()));
        assertEquals("bba496ff5b148edd5900d6d3f26e012cceb6ba23d53f0a99", Hex.encode(k.encryptionKey()));
        assertEquals("2e42591c7434efb5", Hex.encode(k.initialIv()));
        assertEquals("5f7de44c28aaed6b010a5fc0ec9dfecd2bf54b9b",
                Hex.encode(Ikev1Kdf.hashI(PrfAlgorithm.HMAC_SHA1, k.skeyid(), GXI, GXR, CKY_I, CKY_R, SAI_B, IDII_B)));
        assertEquals("bcf9014eeff0044248479c3bae68a7deadf5064a",
                Hex.encode(Ikev1Kdf.hashR(PrfAlgorithm.HMAC_SHA1, k.skeyid(), GXI, GXR, CKY_I, CKY_R, SAI_B, IDIR_B)));
    }

    @Test
    void pskSha1Aes256() {
        Phase1Keys k = derive(PrfAlgorithm.HMAC_SHA1, 32, 16);
        assertEquals("bba496ff5b148edd5900d6d3f26e012cceb6ba23d53f0a997f48452eca3e7ff1", Hex.encode(k.encryptionKey()));
        assertEquals("2e42591c7434efb5f6a4e77048182b4f", Hex.encode(k.initialIv()));
    }

    @Test
    void pskSha256Aes128TruncatesSkeyidE() {
        Phase1Keys k = derive(PrfAlgorithm.HMAC_SHA2_256, 16, 16);
        assertEquals("86375616488f9908e30a2abdd8021033837f3acf2f5843ae0ecb1b1b617e4513", Hex.encode(k.skeyid()));
        assertEquals("e501586289b379f1f0df6616371fccb6c8a43e49f6b80d416da23a85f3064943", Hex.encode(k.skeyidD()));
        assertEquals("87868706d39e8d94915b21210660e5109b9cce71c376258e91610284f5f0d046", Hex.encode(k.skeyidA()));
        assertEquals("d309f9381b218ae204c8286ea0e54de86f4d0916d8906b13f72f55fc61e0bf45", Hex.encode(k.skeyidE()));
        assertEquals("d309f9381b218ae204c8286ea0e54de8", Hex.encode(k.encryptionKey()));
        assertEquals("8759177b6e8fc901106d7264cbbe88d5", Hex.encode(k.initialIv()));
        assertEquals("b1005a0d88d88b915cede661c3fba5317a81caaa4c57a4add3786f8944b4ef3a",
                Hex.encode(Ikev1Kdf.hashI(PrfAlgorithm.HMAC_SHA2_256, k.skeyid(), GXI, GXR, CKY_I, CKY_R, SAI_B, IDII_B)));
        assertEquals("d930d449a93f0e10773c0aade11a7b59a42357c7ad0867d84a31681ed25b5c36",
                Hex.encode(Ikev1Kdf.hashR(PrfAlgorithm.HMAC_SHA2_256, k.skeyid(), GXI, GXR, CKY_I, CKY_R, SAI_B, IDIR_B)));
    }

    @Test
    void pskMd5TripleDes() {
        Phase1Keys k = derive(PrfAlgorithm.HMAC_MD5, 24, 8);
        assertEquals("c8486bdd979c57600af98c9cdc941022", Hex.encode(k.skeyid()));
        assertEquals("a339e3947d827298a17b55d3501e9d6e", Hex.encode(k.skeyidE()));
        assertEquals("c6de9c151a659a43fe9b7e2a7831af8b72e92a0d61c29d11", Hex.encode(k.encryptionKey()));
        assertEquals("bab0e1ffbd4e4697", Hex.encode(k.initialIv()));
    }

    @Test
    void signatureSkeyid() {
        assertEquals("ed9eefe4c905f9755d7ae6e014304d3112149a17",
                Hex.encode(Ikev1Kdf.skeyidSignature(PrfAlgorithm.HMAC_SHA1, NI, NR, GXY)));
    }

    @Test
    void quickModeHashesAndKeymat() {
        Phase1Keys k = derive(PrfAlgorithm.HMAC_SHA1, 16, 16);
        int mid = 0xCAFEBABE;
        byte[] after = Hex.decode("0a000010000000000000000000000000");
        PrfAlgorithm sha = PrfAlgorithm.HMAC_SHA1;
        assertEquals("28bd87994bd5bf5c330c999dec4722ae078745a2", Hex.encode(Ikev1Kdf.quickModeHash1(sha, k.skeyidA(), mid, after)));
        assertEquals("d959fcb577273c9dd6443996907b5bf6e1b24cf9", Hex.encode(Ikev1Kdf.quickModeHash2(sha, k.skeyidA(), mid, NI, after)));
        assertEquals("64343b1488ba846c0dc05a2ea7c4c5a270f5788d", Hex.encode(Ikev1Kdf.quickModeHash3(sha, k.skeyidA(), mid, NI, NR)));
        // ESP AES-128 + HMAC-SHA1: 16 + 20 bytes, no PFS.
        assertEquals("bfa9513ddd6c04ea74e9a36efa96c1c25c4cf06aa4463d74711827d8ff0dcda7961453c1",
                Hex.encode(Ikev1Kdf.keymat(sha, k.skeyidD(), null, 3, 0x6D7A2F3C, NI, NR, 36)));
        // With PFS: g(qm)^xy leads each block's input.
        assertEquals("7ffea887296c5ddc31dc846cdab5a9318ae74464e3485c0a5fe5c01da3ae8f3a"
                + "4af4ddc7eefb0dfcd5b9045526e4375a1b13e941aa905fdeabceb3fbaa19a2b3",
                Hex.encode(Ikev1Kdf.keymat(sha, k.skeyidD(), fill(0x44, 256), 3, 0x1C3E3E4A, NI, NR, 64)));
    }

    /** RUB-NDS IPsec-StateMachineExtractor vector 1 (we are the initiator, peer ID 10.0.3.10). */
    @Test
    void publishedVectorRubNds() {
        PrfAlgorithm sha = PrfAlgorithm.HMAC_SHA1;
        byte[] ni = Hex.decode("4654fdd74594982a");
        byte[] nr = Hex.decode("3673e64987b4956dbb8b933399251a5abf88f557a723b802b345f838667e9a4e");
        byte[] gxi = Hex.decode("75fb75db0749d4b15d9bb067b63399f790246dd7919d0c0a88fc34dd76eb9ad204e162b261914c0966a2d32d05178d4c"
                + "0f0ec3817692fca675678f2fd2a6869188b943e33ad44cc859a5af98d6d5332c538cff4174ee737c8624de910cc40bd9"
                + "53f7940d1b2d8a681cee03c85199fbe773bfa100ffea5fcb82eed25a399b0b3e");
        byte[] gxr = Hex.decode("2096a31ff922e5224d9d19f06a41e2d9aebe1180d4e5cbc3d6ea166e2b8810d5ddd048375025ae9bf895ad40c508cd8b"
                + "9398bded0d00ae7e77c1a1eb31930495106892630152a926a45037606cda4651340082fc10558786b4d8c4e6d72222d5"
                + "80d9a30d9c3b7fe9c348a6eadc5e79a24fe4b4364297b5ff71914ef8a6980e73");
        byte[] gxy = Hex.decode("19B67B23EB5F792EC9D7E11D16501CA20F2A2D0B230D525CD824DFB16867B515DC2CE9560B20B2149BFB360C1662C26A"
                + "5AD7FE1FAA86E66213238C80B2ED46CCB821BF5043093027EB6E32C71685A093306DF20C24190C7F93947FA21E56D10E"
                + "4C5B7063B2B4DC1747F1DF0BD46975D1825EEDE335E3ACBAD71A063CECF866C7");
        byte[] ckyI = Hex.decode("7116900aa5c2880d");
        byte[] ckyR = Hex.decode("047ad6f8b3d0abb7");
        byte[] sai = Hex.decode("00000001000000010000002c01010001000000240101000080010007800e0080800200028004000280030001800b0001800c7080");
        byte[] idr = Hex.decode("010000000a00030a");
        byte[] skeyid = Ikev1Kdf.skeyidPreSharedKey(sha, "AAAA".getBytes(StandardCharsets.US_ASCII), ni, nr);
        Phase1Keys k = Ikev1Kdf.derive(sha, skeyid, gxy, ckyI, ckyR, 16, gxi, gxr, 16);
        assertEquals("49856bc53f30db8ce55f5befae9e42431279550c", Hex.encode(k.skeyid()));
        assertEquals("e5d7368180a8766f09c90cc9ac15182d3cd492ee", Hex.encode(k.skeyidD()));
        assertEquals("92de109fe83047c95812b600820f1476cd24aa49", Hex.encode(k.skeyidA()));
        assertEquals("de5d24679ad21491e63e2d7173017769cd7b9bc5", Hex.encode(k.skeyidE()));
        assertEquals("de5d24679ad21491e63e2d7173017769", Hex.encode(k.encryptionKey()));
        assertEquals("139568606df1337cbcbc8fa7d201c8a8", Hex.encode(k.initialIv()));
        assertEquals("ba8c49cfd796bdc78e63ff6b5a858fc289dad933",
                Hex.encode(Ikev1Kdf.hashR(sha, k.skeyid(), gxi, gxr, ckyI, ckyR, sai, idr)));
    }

    /** RUB-NDS vector 2: also the informational-exchange IV for M-ID d8029d42 from the initial phase-1 IV. */
    @Test
    void publishedVectorRubNdsInformationalIv() {
        PrfAlgorithm sha = PrfAlgorithm.HMAC_SHA1;
        byte[] gxi = Hex.decode("a8b04c567a6bb3ab17da6a07f3f1667e6c70fb992ffe0a01dccc0877214c1936cc13a66aa97e4cd9ebfd61f6a7119859"
                + "bba763255b54364d37a59f969d230f877cce6d77ca843e5f0cb24e354d51a429aabf75238f5a17ef5801f3b02d9f35dc"
                + "d3562c35e6aeff67e9c71961f9313b6306c2c1adb428d6e70e713f894d9b7eda");
        byte[] gxr = Hex.decode("7947cdf90ed5f07ca325c9c9e6de95a82e5728b2e1daf44866100723ad2bed0f09e8383cf89c7645c805c2942d4aebfa"
                + "1b6c351a9666faa1f4988c3a557cb411a3b73fd3e094144e646ef5eb85118a61f06c6359e0f19b43a99720b49ae32215"
                + "5d462004be5e09140cfc843e0622c6735bc90ab730577fc311b23b25a8d283fa");
        byte[] iv0 = Ikev1Kdf.phase1Iv(sha, gxi, gxr, 16);
        assertEquals("0e09ed33bac3584d1d10762a9bd026c1", Hex.encode(iv0));
        assertEquals("0bf60ed4c34fea8a12077a204dfd413f", Hex.encode(Ikev1Kdf.exchangeIv(sha, iv0, 0xd8029d42, 16)));
    }
}
