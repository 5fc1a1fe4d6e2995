package org.ikelab.crypto.dh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.Hex;
import org.ikelab.common.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DhGroupsTest {

    // RFC 5903 §8.1 (256-bit random ECP group): i, g^i, r, g^r, g^ir x coordinate.
    @Test
    void rfc5903Group19() {
        ecpVector(DhGroups.GROUP19,
                "C88F01F510D9AC3F70A292DAA2316DE544E9AAB8AFE84049C62A9C57862D1433",
                "DAD0B65394221CF9B051E1FECA5787D098DFE637FC90B9EF945D0C3772581180"
                        + "5271A0461CDB8252D61F1C456FA3E59AB1F45B33ACCF5F58389E0577B8990BB3",
                "C6EF9C5D78AE012A011164ACB397CE2088685D8F06BF9BE0B283AB46476BEE53",
                "D12DFB5289C8D4F81208B70270398C342296970A0BCCB74C736FC7554494BF63"
                        + "56FBF3CA366CC23E8157854C13C58D6AAC23F046ADA30F8353E74F33039872AB",
                "D6840F6B42F6EDAFD13116E0E12565202FEF8E9ECE7DCE03812464D04B9442DE");
    }

    // RFC 5903 §8.2 (384-bit random ECP group).
    @Test
    void rfc5903Group20() {
        ecpVector(DhGroups.GROUP20,
                "099F3C7034D4A2C699884D73A375A67F7624EF7C6B3C0F160647B67414DCE655E35B538041E649EE3FAEF896783AB194",
                "667842D7D180AC2CDE6F74F37551F55755C7645C20EF73E31634FE72B4C55EE6DE3AC808ACB4BDB4C88732AEE95F41AA"
                        + "9482ED1FC0EEB9CAFC4984625CCFC23F65032149E0E144ADA024181535A0F38EEB9FCFF3C2C947DAE69B4C634573A81C",
                "41CB0779B4BDB85D47846725FBEC3C9430FAB46CC8DC5060855CC9BDA0AA2942E0308312916B8ED2960E4BD55A7448FC",
                "E558DBEF53EECDE3D3FCCFC1AEA08A89A987475D12FD950D83CFA41732BC509D0D1AC43A0336DEF96FDA41D0774A3571"
                        + "DCFBEC7AACF3196472169E838430367F66EEBE3C6E70C416DD5F0C68759DD1FFF83FA40142209DFF5EAAD96DB9E6386C",
                "11187331C279962D93D604243FD592CB9D0A926F422E47187521287E7156C5C4D603135569B9E9D09CF5D4A270F59746");
    }

    // RFC 5903 §8.3 (521-bit random ECP group); coordinates are 66 bytes.
    @Test
    void rfc5903Group21() {
        ecpVector(DhGroups.GROUP21,
                "0037ADE9319A89F4DABDB3EF411AACCCA5123C61ACAB57B5393DCE47608172A095AA85A30FE1C2952C6771D937BA9777F5957B2639BAB072462F68C27A57382D4A52",
                "0015417E84DBF28C0AD3C278713349DC7DF153C897A1891BD98BAB4357C9ECBEE1E3BF42E00B8E380AEAE57C2D107564941885942AF5A7F4601723C4195D176CED3E"
                        + "017CAE20B6641D2EEB695786D8C946146239D099E18E1D5A514C739D7CB4A10AD8A788015AC405D7799DC75E7B7D5B6CF2261A6A7F1507438BF01BEB6CA3926F9582",
                "0145BA99A847AF43793FDD0E872E7CDFA16BE30FDC780F97BCCC3F078380201E9C677D600B343757A3BDBF2A3163E4C2F869CCA7458AA4A4EFFC311F5CB151685EB9",
                "00D0B3975AC4B799F5BEA16D5E13E9AF971D5E9B984C9F39728B5E5739735A219B97C356436ADC6E95BB0352F6BE64A6C2912D4EF2D0433CED2B6171640012D9460F"
                        + "015C68226383956E3BD066E797B623C27CE0EAC2F551A10C2C724D9852077B87220B6536C5C408A1D2AEBB8E86D678AE49CB57091F4732296579AB44FCD17F0FC56A",
                "01144C7D79AE6956BC8EDB8E7C787C4521CB086FA64407F97894E5E6B2D79B04D1427E73CA4BAA240A34786859810C06B3C715A3A8CC3151F2BEE417996D19F3DDEA");
    }

    // RFC 5114 Appendix A.3: 2048-bit MODP group with 256-bit prime order subgroup (IKE group 24).
    @Test
    void rfc5114Group24() {
        String xA = "0881382CDB87660C6DC13E614938D5B9C8B2F248581CC5E31B35454397FCE50E";
        String yA = "2E9380C8323AF97545BC4941DEB0EC3742C62FE0ECE824A6ABDBE66C59BEE0242911BFB967235CEBA35AE13E4EC752BE"
                + "630B92DC4BDE2847A9C62CB8152745421FB7EB60A63C0FE9159FCCE726CE7CD8523D7450667EF840E4919121EB5F01C8"
                + "C9B0D3D648A93BFB75689E8244AC134AF544711CE79A02DCC34226684780DDDCB498594106C37F5BC79856487AF5AB02"
                + "2A2E5E42F09897C1A85A11EA0212AF04D9B4CEBC937C3C1A3E15A8A0342E337615C84E7FE3B8B9B87FB1E73A15AF12A3"
                + "0D746E06DFC34F290D797CE51AA13AA785BF6658AFF5E4B093003CBEAF665B3C2E113A3A4E905269341DC0711426685F"
                + "4EF37E868A8126FF3F2279B57CA67E29";
        String xB = "7D62A7E3EF36DE617B13D1AFB82C780D83A23BD4EE6705645121F371F546A53D";
        String yB = "575F0351BD2B1B817448BDF87A6C362C1E289D3903A30B9832C5741FA250363E7ACBC7F77F3DACBC1F131ADD8E03367E"
                + "FF8FBBB3E1C5784424809B25AFE4D2262A1A6FD2FAB64105CA30A674E07F7809852088632FC049233791AD4EDD083A97"
                + "8B883EE618BC5E0DD047415F2D95E683CF14826B5FBE10D3CE41C6C120C78AB20008C698BF7F0BCAB9D7F407BED0F43A"
                + "FB2970F57F8D12043963E66DDD320D599AD9936C8F44137C08B180EC5E985CEBE186F3D549677E80607331EE17AF3380"
                + "A725B0782317D7DD43F59D7AF9568A9BB63A84D365F92244ED120988219302F42924C7CA90B89D24F71B0AB697823D7D"
                + "EB1AFF5B0E8E4A45D49F7F53757E1913";
        String z = "86C70BF8D0BB81BB01078A17219CB7D27203DB2A19C877F1D1F19FD7D77EF22546A68F005AD52DC84553B78FC60330BE"
                + "51EA7C0672CAC1515E4B35C047B9A551B88F39DC26DA14A09EF74774D47C762DD177F9ED5BC2F11E52C879BD95098504"
                + "CD9EECD8A8F9B3EFBD1F008AC5853097D9D1837F2B18F77CD7BE01AF80A7C7B5EA3CA54CC02D0C116FEE3F95BB873993"
                + "85875D7E86747E676E728938ACBFF7098E05BE4DCFB24052B83AEFFB14783F029ADBDE7F53FAE92084224090E007CEE9"
                + "4D4BF2BACE9FFD4B57D2AF7C724D0CAA19BF0501F6F17B4AA10F425E3EA76080B4B9D6B3CEFEA115B2CEB8789BB8A3B0"
                + "EA87FEBE63B6C8F846EC6DB0C26C5D7C";
        ecpVector(DhGroups.GROUP24, xA, yA, xB, yB, z);
    }

    private static void ecpVector(DhGroup group, String i, String gi, String r, String gr, String shared) {
        DhGroup.DhKeyPair a = group.fromPrivate(Hex.decode(i));
        DhGroup.DhKeyPair b = group.fromPrivate(Hex.decode(r));
        assertEquals(Hex.encode(Hex.decode(gi)), Hex.encode(a.publicValue()));
        assertEquals(Hex.encode(Hex.decode(gr)), Hex.encode(b.publicValue()));
        assertEquals(Hex.encode(Hex.decode(shared)), Hex.encode(a.agree(b.publicValue()).value()));
        assertEquals(Hex.encode(Hex.decode(shared)), Hex.encode(b.agree(a.publicValue()).value()));
        assertEquals(group.sharedSecretLength(), a.agree(b.publicValue()).value().length);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 14, 15, 16, 19, 20, 21, 24})
    void agreementIsSymmetricAndFixedLength(int id) {
        DhGroup g = DhGroups.byId(id).orElseThrow();
        RandomSource rnd = RandomSource.seeded(id);
        for (int k = 0; k < 3; k++) {
            DhGroup.DhKeyPair a = g.generate(rnd);
            DhGroup.DhKeyPair b = g.generate(rnd);
            assertEquals(g.publicValueLength(), a.publicValue().length);
            byte[] s1 = a.agree(b.publicValue()).value();
            byte[] s2 = b.agree(a.publicValue()).value();
            assertArrayEquals(s1, s2);
            assertEquals(g.sharedSecretLength(), s1.length);
        }
    }

    @Test
    void seededGenerationReplays() {
        byte[] p1 = DhGroups.GROUP14.generate(RandomSource.seeded(7)).publicValue();
        byte[] p2 = DhGroups.GROUP14.generate(RandomSource.seeded(7)).publicValue();
        assertArrayEquals(p1, p2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 14, 24})
    void modpRejectsDegeneratePeerValues(int id) {
        DhGroup g = DhGroups.byId(id).orElseThrow();
        DhGroup.DhKeyPair a = g.generate(RandomSource.seeded(1));
        int len = g.publicValueLength();
        BigInteger p = ((ModpGroup) g).prime();
        assertErr("dh-range", a.agree(new byte[len]));
        assertErr("dh-range", a.agree(Bytes.leftPad(BigInteger.ONE.toByteArray(), len)));
        assertErr("dh-range", a.agree(Bytes.leftPad(p.subtract(BigInteger.ONE).toByteArray(), len)));
        assertErr("dh-range", a.agree(Bytes.leftPad(p.toByteArray(), len)));
        byte[] ff = new byte[len];
        Arrays.fill(ff, (byte) 0xff);
        assertErr("dh-range", a.agree(ff));
        assertErr("dh-length", a.agree(new byte[len - 1]));
        assertErr("dh-length", a.agree(null));
    }

    @Test
    void group24RejectsValuesOutsideTheSubgroup() {
        DhGroup.DhKeyPair a = DhGroups.GROUP24.generate(RandomSource.seeded(3));
        byte[] two = Bytes.leftPad(BigInteger.TWO.toByteArray(), 256);
        assertErr("dh-subgroup", a.agree(two));
    }

    @ParameterizedTest
    @ValueSource(ints = {19, 20, 21})
    void ecpRejectsPointsOffTheCurve(int id) {
        DhGroup g = DhGroups.byId(id).orElseThrow();
        DhGroup.DhKeyPair a = g.generate(RandomSource.seeded(5));
        byte[] peer = g.generate(RandomSource.seeded(6)).publicValue();
        peer[peer.length - 1] ^= 1;
        assertErr("dh-not-on-curve", a.agree(peer));
        assertErr("dh-not-on-curve", a.agree(new byte[g.publicValueLength()]));
        byte[] ff = new byte[g.publicValueLength()];
        Arrays.fill(ff, (byte) 0xff);
        assertErr("dh-range", a.agree(ff));
        assertErr("dh-length", a.agree(new byte[g.publicValueLength() + 1]));
    }

    @Test
    void catalogueNames() {
        assertEquals("group 14", DhGroups.GROUP14.iosName());
        assertEquals("#14 (2048 bit)", DhGroups.GROUP14.showName());
        assertEquals("#2 (1024 bit)", DhGroups.GROUP2.showName());
        assertEquals("#5 (1536 bit)", DhGroups.GROUP5.showName());
        assertEquals(64, DhGroups.GROUP19.publicValueLength());
        assertEquals(132, DhGroups.GROUP21.publicValueLength());
        assertEquals(128, DhGroups.GROUP2.publicValueLength());
        assertTrue(DhGroups.byId(3).isEmpty());
        assertFalse(DhGroups.all().isEmpty());
    }

    private static void assertErr(String reason, DecodeResult<byte[]> r) {
        assertTrue(r instanceof DecodeResult.Err<byte[]> e && e.reason().equals(reason), () -> "expected " + reason + " got " + r);
    }
}
