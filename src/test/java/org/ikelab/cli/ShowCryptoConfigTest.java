package org.ikelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.DhGroup;
import org.ikelab.config.crypto.Ikev2Profile;
import org.ikelab.config.crypto.IsakmpAuth;
import org.ikelab.config.crypto.IsakmpEncryption;
import org.ikelab.config.crypto.IsakmpHash;
import org.ikelab.config.crypto.IsakmpKey;
import org.ikelab.config.crypto.Ipv4;
import org.ikelab.config.crypto.Transform;
import org.ikelab.config.crypto.TransformSpec;
import org.junit.jupiter.api.Test;

/** Golden output of the config-only crypto show commands against the captures of §4.6-§4.8. */
class ShowCryptoConfigTest {

    private static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void isakmpPolicyWithUserSuites() {
        CryptoConfig c = new CryptoConfig();
        c.enterIsakmpPolicy(10);
        c.editIsakmpPolicy(10, p -> p.withEncryption(IsakmpEncryption.TRIPLE_DES).withHash(IsakmpHash.MD5)
                .withAuthentication(IsakmpAuth.PRE_SHARE).withGroup(DhGroup.GROUP2).withLifetime(1800));
        c.enterIsakmpPolicy(20);
        c.editIsakmpPolicy(20, p -> p.withEncryption(IsakmpEncryption.AES_256)
                .withAuthentication(IsakmpAuth.PRE_SHARE).withGroup(DhGroup.GROUP5).withLifetime(1800));
        assertEquals("""

                Global IKE policy
                Protection suite of priority 10
                        encryption algorithm:   Three key triple DES
                        hash algorithm:         Message Digest 5
                        authentication method:  Pre-Shared Key
                        Diffie-Hellman group:   #2 (1024 bit)
                        lifetime:               1800 seconds, no volume limit
                Protection suite of priority 20
                        encryption algorithm:   AES - Advanced Encryption Standard (256 bit keys).
                        hash algorithm:         Secure Hash Standard
                        authentication method:  Pre-Shared Key
                        Diffie-Hellman group:   #5 (1536 bit)
                        lifetime:               1800 seconds, no volume limit
                """, text(ShowCryptoIsakmpPolicy.lines(c)));
    }

    @Test
    void isakmpPolicyWithoutUserSuitesListsTheIos15Defaults() {
        List<String> lines = ShowCryptoIsakmpPolicy.lines(new CryptoConfig());
        assertEquals(2 + 8 * 6, lines.size());
        assertEquals("""

                Default IKE policy
                Default protection suite of priority 65507
                        encryption algorithm:   AES - Advanced Encryption Standard (128 bit keys).
                        hash algorithm:         Secure Hash Standard
                        authentication method:  Rivest-Shamir-Adleman Signature
                        Diffie-Hellman group:   #5 (1536 bit)
                        lifetime:               86400 seconds, no volume limit
                Default protection suite of priority 65508
                        encryption algorithm:   AES - Advanced Encryption Standard (128 bit keys).
                        hash algorithm:         Secure Hash Standard
                        authentication method:  Pre-Shared Key
                        Diffie-Hellman group:   #5 (1536 bit)
                        lifetime:               86400 seconds, no volume limit
                """, text(lines.subList(0, 14)));
        assertEquals("Default protection suite of priority 65514", lines.get(44));
    }

    @Test
    void isakmpKey() {
        CryptoConfig c = new CryptoConfig();
        c.addIsakmpKey(IsakmpKey.forAddress("cisco-1", Ipv4.of("193.200.200.1"), null));
        c.addIsakmpKey(IsakmpKey.forAddress("wild", Ipv4.of("0.0.0.0"), null));
        assertEquals("""
                Keyring      Hostname/Address                            Preshared Key

                default      193.200.200.1                               cisco-1
                default      0.0.0.0/0.0.0.0                             wild
                """, text(ShowCryptoIsakmpKey.lines(c)));
    }

    @Test
    void transformSetsAndGlobalLifetime() {
        CryptoConfig c = new CryptoConfig();
        c.defineTransformSet("STRONG", List.of(TransformSpec.of(Transform.ESP_AES, 192), TransformSpec.of(Transform.ESP_SHA_HMAC)));
        c.editIpsecGlobals(g -> g.withLifetimeKilobytes(2560).withLifetimeSeconds(300));
        assertEquals("""
                Transform set default: { esp-aes esp-sha-hmac  }
                   will negotiate = { Transport,  },

                Transform set STRONG: { esp-192-aes esp-sha-hmac  }
                   will negotiate = { Tunnel,  },

                """, text(ShowCryptoIpsecTransformSet.lines(c)));
        assertEquals(List.of("Security association lifetime: 2560 kilobytes/300 seconds"),
                ShowCryptoIpsecSecurityAssociation.lines(c));
    }

    @Test
    void ahPlusEspSetPrintsOneGroupPerProtocol() {
        CryptoConfig c = new CryptoConfig();
        c.removeTransformSet("default");
        c.defineTransformSet("combined-des-sha", List.of(TransformSpec.of(Transform.AH_SHA_HMAC), TransformSpec.of(Transform.ESP_DES)));
        assertEquals("""
                Transform set combined-des-sha: { ah-sha-hmac  }
                   will negotiate = { Tunnel,  },
                   { esp-des  }
                   will negotiate = { Tunnel,  },

                """, text(ShowCryptoIpsecTransformSet.lines(c)));
    }

    @Test
    void ipsecProfiles() {
        CryptoConfig c = new CryptoConfig();
        c.defineTransformSet("IPSEC_TS", List.of(TransformSpec.of(Transform.ESP_AES), TransformSpec.of(Transform.ESP_SHA256_HMAC)));
        c.enterIkev2Profile("PROF1");
        c.editIkev2Profile("PROF1", p -> p.withMatches(List.of(Ikev2Profile.Match.of(Ikev2Profile.Match.Kind.IDENTITY_FQDN, "x"))));
        c.enterIpsecProfile("protect-gre");
        c.editIpsecProfile("protect-gre", p -> p.withTransformSets(List.of("IPSEC_TS")).withIkev2Profile("PROF1"));
        assertEquals("IPSEC profile default\n"
                + "\tSecurity association lifetime: 4608000 kilobytes/3600 seconds\n"
                + "\tResponder-Only (Y/N): N\n"
                + "\tPFS (Y/N): N\n"
                + "\tMixed-mode : Disabled\n"
                + "\tTransform sets={\n"
                + "\t\tdefault:  { esp-aes esp-sha-hmac  } ,\n"
                + "\t}\n"
                + "\n"
                + "IPSEC profile protect-gre\n"
                + "\tIKEv2 Profile: PROF1\n"
                + "\tSecurity association lifetime: 4608000 kilobytes/3600 seconds\n"
                + "\tResponder-Only (Y/N): N\n"
                + "\tPFS (Y/N): N\n"
                + "\tMixed-mode : Disabled\n"
                + "\tTransform sets={\n"
                + "\t\tIPSEC_TS:  { esp-aes esp-sha256-hmac  } ,\n"
                + "\t}\n"
                + "\n", text(ShowCryptoIpsecProfile.lines(c)));
    }

    @Test
    void ikev2ProposalsAndPoliciesLikeTheCaptures() {
        CryptoConfig c = new CryptoConfig();
        c.enterIkev2Proposal("IKEV2_PROPOSAL");
        c.editIkev2Proposal("IKEV2_PROPOSAL", p -> p.withEncryption(List.of(org.ikelab.config.crypto.Ikev2Encryption.AES_CBC_256))
                .withIntegrity(List.of(org.ikelab.config.crypto.Ikev2Hash.SHA256)).withGroups(List.of(DhGroup.GROUP15)));
        c.enterIkev2Policy("IKEV2_POLICY");
        c.editIkev2Policy("IKEV2_POLICY", p -> p.withProposals(List.of("IKEV2_PROPOSAL")));
        assertEquals("""
                 IKEv2 proposal: default\s
                     Encryption : AES-CBC-256 AES-CBC-192 AES-CBC-128
                     Integrity  : SHA512 SHA384 SHA256 SHA96 MD596
                     PRF        : SHA512 SHA384 SHA256 SHA1 MD5
                     DH Group   : DH_GROUP_1536_MODP/Group 5 DH_GROUP_1024_MODP/Group 2
                 IKEv2 proposal: IKEV2_PROPOSAL\s
                     Encryption : AES-CBC-256
                     Integrity  : SHA256
                     PRF        : SHA256
                     DH Group   : DH_GROUP_3072_MODP/Group 15
                """, text(ShowCryptoIkev2Proposal.lines(c)));
        assertEquals("""
                 IKEv2 policy : default
                      Match fvrf : any
                      Match address local : any
                      Proposal    : default

                 IKEv2 policy : IKEV2_POLICY
                      Match fvrf  : global
                      Match address local : any
                      Proposal    : IKEV2_PROPOSAL
                """, text(ShowCryptoIkev2Policy.lines(c)));
    }
}
