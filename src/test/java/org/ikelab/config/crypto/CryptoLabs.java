package org.ikelab.config.crypto;

import java.util.List;

/** The crypto parts of the reference labs (§3.2, §6), built through the model API. */
final class CryptoLabs {
    private CryptoLabs() {}

    static final TransformSpec ESP_AES = TransformSpec.of(Transform.ESP_AES);
    static final TransformSpec ESP_SHA = TransformSpec.of(Transform.ESP_SHA_HMAC);

    static void policy(CryptoConfig c, int prio, IsakmpEncryption enc, DhGroup group) {
        c.enterIsakmpPolicy(prio);
        c.editIsakmpPolicy(prio, p -> p.withEncryption(enc).withAuthentication(IsakmpAuth.PRE_SHARE).withGroup(group));
    }

    /** §6.1 R1 (= §3.2). */
    static CryptoConfig tunnelModeR1() {
        CryptoConfig c = new CryptoConfig();
        policy(c, 1, IsakmpEncryption.AES_128, DhGroup.GROUP2);
        c.addIsakmpKey(IsakmpKey.forAddress("MY_PASSWORD", Ipv4.of("10.10.10.2"), null));
        c.defineTransformSet("MY_TRANSFORM_SET", List.of(ESP_AES, ESP_SHA));
        c.editTransformSet("MY_TRANSFORM_SET", t -> t.withMode(TransformSet.Mode.TUNNEL));
        c.enterCryptoMap("MY_CRYPTO_MAP", 10, CryptoMapEntry.Kind.ISAKMP, null);
        c.editCryptoMap("MY_CRYPTO_MAP", 10, e -> e.withPeers(List.of("10.10.10.2"))
                .withTransformSets(List.of("MY_TRANSFORM_SET")).withMatchAcl("100"));
        return c;
    }

    /** §6.2 R1 (static VTI). */
    static CryptoConfig vtiR1() {
        CryptoConfig c = new CryptoConfig();
        policy(c, 1, IsakmpEncryption.AES_128, DhGroup.GROUP2);
        c.addIsakmpKey(IsakmpKey.forAddress("MY_PASSWORD", Ipv4.of("192.168.12.2"), null));
        c.defineTransformSet("MY_TRANSFORM_SET", List.of(ESP_AES, ESP_SHA));
        c.enterIpsecProfile("IPSEC_PROFILE");
        c.editIpsecProfile("IPSEC_PROFILE", p -> p.withTransformSets(List.of("MY_TRANSFORM_SET")));
        return c;
    }

    /** §6.3 HQ (GRE over IPsec). */
    static CryptoConfig greHq() {
        CryptoConfig c = new CryptoConfig();
        c.enterIsakmpPolicy(10);
        c.editIsakmpPolicy(10, p -> p.withEncryption(IsakmpEncryption.AES_256).withAuthentication(IsakmpAuth.PRE_SHARE)
                .withGroup(DhGroup.GROUP5).withLifetime(3600));
        c.addIsakmpKey(IsakmpKey.forAddress("PASS", Ipv4.of("192.168.23.3"), null));
        c.defineTransformSet("TRANS", List.of(TransformSpec.of(Transform.ESP_AES, 256), ESP_SHA));
        c.enterCryptoMap("MYMAP", 10, CryptoMapEntry.Kind.ISAKMP, null);
        c.editCryptoMap("MYMAP", 10, e -> e.withPeers(List.of("192.168.23.3")).withTransformSets(List.of("TRANS"))
                .withMatchAcl("100"));
        return c;
    }

    /** §6.4 hub R1 (dynamic VTI). */
    static CryptoConfig dvtiHub() {
        CryptoConfig c = new CryptoConfig();
        c.enterKeyring("KEY_RING");
        c.addKeyringKey("KEY_RING", new IkeKeyring.Psk(Ipv4.of("192.168.123.2"), null, null, "R1_R2"));
        c.addKeyringKey("KEY_RING", new IkeKeyring.Psk(Ipv4.of("192.168.123.3"), null, null, "R1_R3"));
        policy(c, 1, IsakmpEncryption.AES_128, DhGroup.GROUP5);
        c.enterIsakmpProfile("ISAKMP_PROFILE");
        c.editIsakmpProfile("ISAKMP_PROFILE", p -> p.withKeyrings(List.of("KEY_RING"))
                .withMatches(List.of(IsakmpProfile.Match.address(Ipv4.of("192.168.123.2"), Ipv4.HOST_MASK),
                        IsakmpProfile.Match.address(Ipv4.of("192.168.123.3"), Ipv4.HOST_MASK)))
                .withVirtualTemplate(1));
        c.defineTransformSet("TRANSFORM_SET", List.of(ESP_AES, ESP_SHA));
        c.enterIpsecProfile("IPSEC_PROFILE");
        c.editIpsecProfile("IPSEC_PROFILE", p -> p.withTransformSets(List.of("TRANSFORM_SET")));
        return c;
    }

    /** §6.4 spoke R2. */
    static CryptoConfig dvtiSpoke() {
        CryptoConfig c = new CryptoConfig();
        policy(c, 1, IsakmpEncryption.AES_128, DhGroup.GROUP5);
        c.addIsakmpKey(IsakmpKey.forAddress("R1_R2", Ipv4.of("192.168.123.1"), null));
        c.defineTransformSet("TRANSFORM_SET", List.of(ESP_AES, ESP_SHA));
        c.enterIpsecProfile("IPSEC_PROFILE");
        c.editIpsecProfile("IPSEC_PROFILE", p -> p.withTransformSets(List.of("TRANSFORM_SET")));
        return c;
    }

    /** §6.5 FlexVPN without smart defaults; R1 also removes the four smart defaults. */
    static CryptoConfig flexvpn(String self, String peer, String peerAddress, boolean removeDefaults) {
        CryptoConfig c = new CryptoConfig();
        c.enterIkev2Proposal("IKEV2_PROPOSAL");
        c.editIkev2Proposal("IKEV2_PROPOSAL", p -> p.withEncryption(List.of(Ikev2Encryption.AES_CBC_256))
                .withIntegrity(List.of(Ikev2Hash.SHA256)).withGroups(List.of(DhGroup.GROUP15)));
        c.enterIkev2Policy("IKEV2_POLICY");
        c.editIkev2Policy("IKEV2_POLICY", p -> p.withProposals(List.of("IKEV2_PROPOSAL")));
        c.enterIkev2Keyring("IKEV2_KEYRING");
        c.editIkev2KeyringPeer("IKEV2_KEYRING", peer, p -> p.withAddress(Ipv4.of(peerAddress), null)
                .withPsk(null, "CISCO", "CISCO"));
        c.enterIkev2Profile("IKEV2_PROFILE");
        c.editIkev2Profile("IKEV2_PROFILE", p -> p
                .withMatches(List.of(Ikev2Profile.Match.of(Ikev2Profile.Match.Kind.IDENTITY_FQDN, peer + ".NWL.LAB")))
                .withIdentityLocal("fqdn " + self + ".NWL.LAB").withAuthLocal("pre-share", null)
                .withAuthRemote(List.of("pre-share"), null).withKeyringLocal("IKEV2_KEYRING"));
        c.defineTransformSet("IPSEC_TRANSFORM_SET",
                List.of(TransformSpec.of(Transform.ESP_AES, 256), TransformSpec.of(Transform.ESP_SHA256_HMAC)));
        c.enterIpsecProfile("IPSEC_PROFILE");
        c.editIpsecProfile("IPSEC_PROFILE", p -> p.withTransformSets(List.of("IPSEC_TRANSFORM_SET"))
                .withIkev2Profile("IKEV2_PROFILE"));
        if (removeDefaults) {
            c.removeIkev2Proposal("default");
            c.removeIkev2Policy("default");
            c.removeTransformSet("default");
            c.removeIpsecProfile("default");
        }
        return c;
    }

    /** §6.5 smart-defaults variant R1. */
    static CryptoConfig flexvpnSmartDefaults() {
        CryptoConfig c = new CryptoConfig();
        c.enterIkev2Keyring("KEYRING");
        c.editIkev2KeyringPeer("KEYRING", "R2", p -> p.withAddress(Ipv4.of("192.168.12.2"), null)
                .withPsk(null, "CISCO", "CISCO"));
        c.enterIkev2Profile("default");
        c.editIkev2Profile("default", p -> p
                .withMatches(List.of(Ikev2Profile.Match.of(Ikev2Profile.Match.Kind.IDENTITY_FQDN, "R2.NWL.LAB")))
                .withIdentityLocal("fqdn R1.NWL.LAB").withAuthRemote(List.of("pre-share"), null)
                .withAuthLocal("pre-share", null).withKeyringLocal("KEYRING"));
        c.enterIpsecProfile("default");
        c.editIpsecProfile("default", p -> p.withIkev2Profile("default"));
        return c;
    }

    /** §6.6 hub R1 (dynamic crypto map). */
    static CryptoConfig dynamicMapHub() {
        CryptoConfig c = new CryptoConfig();
        policy(c, 10, IsakmpEncryption.AES_128, DhGroup.GROUP2);
        c.addIsakmpKey(IsakmpKey.forAddress("MY_PASSWORD", Ipv4.of("0.0.0.0"), Ipv4.of("0.0.0.0")));
        c.defineTransformSet("MY_TRANSFORM_SET", List.of(ESP_AES, ESP_SHA));
        c.enterDynamicMap("DYN_MAP", 10);
        c.editDynamicMap("DYN_MAP", 10, e -> e.withTransformSets(List.of("MY_TRANSFORM_SET")).withMatchAcl("100")
                .withReverseRoute(true, false));
        c.enterCryptoMap("MY_CRYPTO_MAP", 65535, CryptoMapEntry.Kind.ISAKMP_DYNAMIC, "DYN_MAP");
        return c;
    }

    /** §6.7 aggressive-mode initiator. */
    static CryptoConfig aggressive() {
        CryptoConfig c = new CryptoConfig();
        policy(c, 10, IsakmpEncryption.AES_128, DhGroup.GROUP2);
        c.enterIsakmpPeer(Ipv4.of("10.10.10.2"));
        c.editIsakmpPeer(Ipv4.of("10.10.10.2"), p -> p.withAggressivePassword("MY_PASSWORD")
                .withClientEndpoint("ipv4-address", "10.10.10.2"));
        return c;
    }

    /** §6.8 IKEv2 with a crypto map (R15). */
    static CryptoConfig ikev2CryptoMap() {
        CryptoConfig c = new CryptoConfig();
        c.enterIkev2Profile("PROF1");
        c.editIkev2Profile("PROF1", p -> p
                .withMatches(List.of(Ikev2Profile.Match.identityAddress(Ipv4.of("50.50.1.10"), Ipv4.HOST_MASK)))
                .withAuthRemote(List.of("pre-share"), null).withAuthLocal("pre-share", null).withKeyringLocal("KR"));
        c.defineTransformSet("IPSEC_TS", List.of(ESP_AES, TransformSpec.of(Transform.ESP_MD5_HMAC)));
        c.editTransformSet("IPSEC_TS", t -> t.withMode(TransformSet.Mode.TRANSPORT));
        c.enterCryptoMap("IPSEC", 1, CryptoMapEntry.Kind.ISAKMP, null);
        c.editCryptoMap("IPSEC", 1, e -> e.withPeers(List.of("50.50.1.10")).withTransformSets(List.of("IPSEC_TS"))
                .withPfs(DhGroup.GROUP5).withIkev2Profile("PROF1").withMatchAcl("GRE1"));
        return c;
    }
}
