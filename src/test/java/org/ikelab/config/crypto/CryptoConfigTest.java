package org.ikelab.config.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Command semantics of the crypto model: messages, validation, defaults and runtime lookups. */
class CryptoConfigTest {
    private static TransformSpec t(Transform x) {
        return TransformSpec.of(x);
    }

    @Test
    void newStaticCryptoMapEntryPrintsTheTwoLineNoteOnce() {
        CryptoConfig c = new CryptoConfig();
        ConfigReply first = c.enterCryptoMap("M", 10, CryptoMapEntry.Kind.ISAKMP, null);
        assertEquals(List.of("% NOTE: This new crypto map will remain disabled until a peer",
                "        and a valid access list have been configured."), first.lines());
        assertEquals(List.of(), c.enterCryptoMap("M", 10, CryptoMapEntry.Kind.ISAKMP, null).lines());
        assertEquals(List.of(), c.enterDynamicMap("D", 10).lines());
        assertEquals(List.of(), c.enterCryptoMap("M", 65535, CryptoMapEntry.Kind.ISAKMP_DYNAMIC, "D").lines());
        assertEquals(CryptoConfig.NEW_MAP_NOTE, c.enterCryptoMap("M", 20, CryptoMapEntry.Kind.MANUAL, null).lines());
    }

    @Test
    void transformSetCombinationsFollowIosRules() {
        assertEquals(-1, TransformSet.firstInvalid(List.of(t(Transform.ESP_AES), t(Transform.ESP_SHA_HMAC))));
        assertEquals(-1, TransformSet.firstInvalid(List.of(t(Transform.AH_SHA_HMAC), t(Transform.ESP_AES),
                t(Transform.ESP_SHA_HMAC), t(Transform.COMP_LZS))));
        assertEquals(-1, TransformSet.firstInvalid(List.of(t(Transform.ESP_GCM))));
        assertEquals(-1, TransformSet.firstInvalid(List.of(t(Transform.ESP_NULL), t(Transform.ESP_MD5_HMAC))));
        assertEquals(1, TransformSet.firstInvalid(List.of(t(Transform.ESP_AES), t(Transform.ESP_DES))));
        assertEquals(1, TransformSet.firstInvalid(List.of(t(Transform.AH_MD5_HMAC), t(Transform.AH_SHA_HMAC))));
        assertEquals(1, TransformSet.firstInvalid(List.of(t(Transform.ESP_GCM), t(Transform.ESP_SHA_HMAC))));
        assertEquals(2, TransformSet.firstInvalid(List.of(t(Transform.ESP_SHA_HMAC), t(Transform.ESP_3DES),
                t(Transform.ESP_GMAC))));

        CryptoConfig c = new CryptoConfig();
        ConfigReply r = c.defineTransformSet("T", List.of(t(Transform.ESP_AES), t(Transform.ESP_SHA_HMAC),
                t(Transform.ESP_MD5_HMAC)));
        assertFalse(r.accepted());
        assertEquals(2, r.caretArgument());
        assertTrue(c.transformSet("T").isEmpty());
    }

    @Test
    void redefiningATransformSetKeepsItsMode() {
        CryptoConfig c = new CryptoConfig();
        c.defineTransformSet("T", List.of(t(Transform.ESP_AES)));
        c.editTransformSet("T", x -> x.withMode(TransformSet.Mode.TRANSPORT));
        c.defineTransformSet("T", List.of(t(Transform.ESP_3DES), t(Transform.ESP_MD5_HMAC)));
        assertEquals(TransformSet.Mode.TRANSPORT, c.transformSet("T").orElseThrow().mode());
        assertEquals("esp-3des esp-md5-hmac", c.transformSet("T").orElseThrow().espDisplay());
    }

    @Test
    void transformDisplayNamesDifferFromConfigNames() {
        assertEquals("esp-256-aes", TransformSpec.of(Transform.ESP_AES, 256).displayText());
        assertEquals("esp-aes 256", TransformSpec.of(Transform.ESP_AES, 256).configText());
        assertEquals("esp-192-aes", TransformSpec.of(Transform.ESP_AES, 192).displayText());
        assertEquals("esp-aes", TransformSpec.of(Transform.ESP_AES, 128).configText());
        assertEquals("esp-gcm 256", TransformSpec.of(Transform.ESP_GCM, 256).displayText());
    }

    @Test
    void ikev2ObjectsWarnWhenEnteredIncomplete() {
        CryptoConfig c = new CryptoConfig();
        assertEquals(Ikev2Proposal.INCOMPLETE_WARNING, c.enterIkev2Proposal("OTUS").lines());
        assertEquals(Ikev2Policy.INCOMPLETE_WARNING, c.enterIkev2Policy("OTUS").lines());
        assertEquals(List.of("IKEv2 profile MUST have:", "   1. A local and a remote authentication method.",
                "   2. A match identity or a match certificate or match any statement."), c.enterIkev2Profile("OTUS").lines());
        c.editIkev2Proposal("OTUS", p -> p.withEncryption(List.of(Ikev2Encryption.AES_GCM_256))
                .withPrf(List.of(Ikev2Hash.SHA256)).withGroups(List.of(DhGroup.GROUP19)));
        c.editIkev2Policy("OTUS", p -> p.withProposals(List.of("OTUS")));
        assertEquals(List.of(), c.enterIkev2Proposal("OTUS").lines());
        assertEquals(List.of(), c.enterIkev2Policy("OTUS").lines());
    }

    @Test
    void defaultIsakmpPoliciesApplyOnlyWithoutUserPolicies() {
        CryptoConfig c = new CryptoConfig();
        assertEquals(8, c.isakmpPoliciesInOrder().size());
        assertEquals(65507, c.isakmpPoliciesInOrder().getFirst().priority());
        c.enterIsakmpPolicy(20);
        c.enterIsakmpPolicy(5);
        assertEquals(List.of(5, 20), c.isakmpPoliciesInOrder().stream().map(IsakmpPolicy::priority).toList());
        c.removeIsakmpPolicy(5);
        c.removeIsakmpPolicy(20);
        c.editIsakmpGlobals(g -> g.withDefaultPolicies(false));
        assertEquals(List.of(), c.isakmpPoliciesInOrder());
    }

    @Test
    void noInsidePolicyRestoresTheDefaultAndHidesTheLine() {
        CryptoConfig c = new CryptoConfig();
        c.enterIsakmpPolicy(1);
        c.editIsakmpPolicy(1, p -> p.withGroup(DhGroup.GROUP14));
        c.editIsakmpPolicy(1, p -> p.withGroup(IsakmpPolicy.withDefaults(1).group()));
        assertEquals(List.of("crypto isakmp policy 1"), c.configuredIsakmpPolicies().iterator().next().render());
    }

    @Test
    void preSharedKeyLookupPrefersTheMostSpecificEntry() {
        CryptoConfig c = new CryptoConfig();
        c.addIsakmpKey(IsakmpKey.forAddress("wild", Ipv4.of("0.0.0.0"), Ipv4.of("0.0.0.0")));
        c.addIsakmpKey(IsakmpKey.forAddress("net", Ipv4.of("10.0.0.0"), Ipv4.of("255.0.0.0")));
        c.addIsakmpKey(IsakmpKey.forAddress("host", Ipv4.of("10.1.1.2"), null));
        assertEquals("host", c.isakmpPreSharedKey(Ipv4.of("10.1.1.2")).orElseThrow());
        assertEquals("net", c.isakmpPreSharedKey(Ipv4.of("10.9.9.9")).orElseThrow());
        assertEquals("wild", c.isakmpPreSharedKey(Ipv4.of("192.0.2.1")).orElseThrow());
        c.addIsakmpKey(IsakmpKey.forAddress("host2", Ipv4.of("10.1.1.2"), Ipv4.HOST_MASK));
        assertEquals(3, c.isakmpKeys().size());
        c.removeIsakmpKey(IsakmpKey.forAddress("x", Ipv4.of("0.0.0.0"), null));
        assertTrue(c.isakmpPreSharedKey(Ipv4.of("192.0.2.1")).isEmpty());
    }

    @Test
    void keyringAndIsakmpProfileSelectPerPeerKeys() {
        CryptoConfig c = CryptoLabs.dvtiHub();
        assertEquals("ISAKMP_PROFILE", c.isakmpProfileFor(Ipv4.of("192.168.123.3")).orElseThrow().name());
        assertEquals("R1_R3", c.keyringPreSharedKey("KEY_RING", Ipv4.of("192.168.123.3")).orElseThrow());
        assertTrue(c.isakmpProfileFor(Ipv4.of("192.168.123.9")).isEmpty());
    }

    @Test
    void smartDefaultsAreUsableAndRemovable() {
        CryptoConfig c = new CryptoConfig();
        assertEquals(TransformSet.BUILTIN_DEFAULT, c.transformSet("default").orElseThrow());
        assertEquals(List.of("default"), c.ipsecProfile("default").orElseThrow().transformSets());
        assertEquals(List.of("default"), c.ikev2PoliciesInOrder().getFirst().proposals());
        c.removeTransformSet("default");
        c.removeIkev2Policy("default");
        assertTrue(c.transformSet("default").isEmpty());
        assertTrue(c.ikev2PoliciesInOrder().isEmpty());
        List<String> out = CryptoRenderer.ipsec(c);
        assertEquals("no crypto ipsec transform-set default", out.getFirst());
    }

    @Test
    void rsaKeyNamesNeedAHostnameAndDomainUnlessLabelled() {
        assertEquals(java.util.Optional.of("% Please define a hostname other than Router."),
                RsaKeyTranscript.nameError("Router", null, null));
        assertEquals(java.util.Optional.of("% Please define a domain-name first."),
                RsaKeyTranscript.nameError("R1", null, null));
        assertEquals(java.util.Optional.empty(), RsaKeyTranscript.nameError("Router", null, "DMVPN"));
        assertEquals("R1.NWL.LAB", RsaKeyTranscript.keyName("R1", "NWL.LAB", null));
    }

    @Test
    void generatedKeysAreKeptByNameAndZeroized() {
        CryptoConfig c = new CryptoConfig();
        var g = RsaKeyStore.generate("DMVPN", 512, 0, false, org.ikelab.common.RandomSource.seeded(3),
                org.ikelab.common.Clock.SYSTEM);
        c.putRsaKeyPair(g.pair());
        assertEquals(512, c.rsaKeyPair("DMVPN").orElseThrow().modulusBits());
        assertFalse(c.zeroizeRsaKeys("OTHER"));
        assertTrue(c.zeroizeRsaKeys("DMVPN"));
        assertTrue(c.rsaKeyPairs().isEmpty());
    }

    @Test
    void cryptoMapCompletenessAndLookups() {
        CryptoConfig c = CryptoLabs.tunnelModeR1();
        CryptoMapEntry e = c.cryptoMapEntry("MY_CRYPTO_MAP", 10).orElseThrow();
        assertTrue(e.complete());
        assertEquals(List.of("10.10.10.2"), e.peers());
        assertEquals("100", e.matchAcl());
        c.enterCryptoMap("MY_CRYPTO_MAP", 5, CryptoMapEntry.Kind.ISAKMP, null);
        assertFalse(c.cryptoMapEntry("MY_CRYPTO_MAP", 5).orElseThrow().complete());
        assertEquals(List.of(5, 10), c.cryptoMap("MY_CRYPTO_MAP").stream().map(CryptoMapEntry::seq).toList());
        c.setCryptoMapLocalAddress("MY_CRYPTO_MAP", "Loopback0");
        List<String> out = CryptoRenderer.ipsec(c);
        assertTrue(out.contains("crypto map MY_CRYPTO_MAP local-address Loopback0"));
        c.removeCryptoMap("MY_CRYPTO_MAP");
        assertTrue(c.cryptoMapNames().isEmpty());
    }
}
