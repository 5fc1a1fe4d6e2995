package org.ikelab.parse;

import org.ikelab.parse.gen.IosParser;

/**
 * The crypto configuration sub-modes (reference §1.1). The {@code ?} headers of the isakmp,
 * transform-set and ipsec-profile modes follow §1.4; the others were not captured and use the
 * same wording pattern.
 */
public final class CryptoModes {
    private CryptoModes() {}

    public static final Mode ISAKMP_POLICY = new Mode("config-isakmp", "(config-isakmp)#", Modes.CONFIG,
            IosParser.RULE_config_isakmp_line, IosParser::config_isakmp_line, "ISAKMP commands:");
    public static final Mode KEYRING = new Mode("conf-keyring", "(conf-keyring)#", Modes.CONFIG,
            IosParser.RULE_config_keyring_line, IosParser::config_keyring_line, "Keyring configuration commands:");
    public static final Mode ISAKMP_PROFILE = new Mode("conf-isa-prof", "(conf-isa-prof)#", Modes.CONFIG,
            IosParser.RULE_config_isa_prof_line, IosParser::config_isa_prof_line, "ISAKMP profile configuration commands:");
    public static final Mode ISAKMP_PEER = new Mode("config-isakmp-peer", "(config-isakmp-peer)#", Modes.CONFIG,
            IosParser.RULE_config_isakmp_peer_line, IosParser::config_isakmp_peer_line, "ISAKMP peer configuration commands:");
    public static final Mode TRANSFORM_SET = new Mode("cfg-crypto-trans", "(cfg-crypto-trans)#", Modes.CONFIG,
            IosParser.RULE_config_crypto_trans_line, IosParser::config_crypto_trans_line,
            "Crypto transform configuration commands:");
    public static final Mode IPSEC_PROFILE = new Mode("ipsec-profile", "(ipsec-profile)#", Modes.CONFIG,
            IosParser.RULE_config_ipsec_profile_line, IosParser::config_ipsec_profile_line,
            "Crypto Map configuration commands:");
    public static final Mode CRYPTO_MAP = new Mode("config-crypto-map", "(config-crypto-map)#", Modes.CONFIG,
            IosParser.RULE_config_crypto_map_line, IosParser::config_crypto_map_line, "Crypto Map configuration commands:");
    public static final Mode IKEV2_PROPOSAL = new Mode("config-ikev2-proposal", "(config-ikev2-proposal)#", Modes.CONFIG,
            IosParser.RULE_config_ikev2_proposal_line, IosParser::config_ikev2_proposal_line, "IKEv2 proposal commands:");
    public static final Mode IKEV2_POLICY = new Mode("config-ikev2-policy", "(config-ikev2-policy)#", Modes.CONFIG,
            IosParser.RULE_config_ikev2_policy_line, IosParser::config_ikev2_policy_line, "IKEv2 policy commands:");
    public static final Mode IKEV2_KEYRING = new Mode("config-ikev2-keyring", "(config-ikev2-keyring)#", Modes.CONFIG,
            IosParser.RULE_config_ikev2_keyring_line, IosParser::config_ikev2_keyring_line, "IKEv2 Keyring commands:");
    public static final Mode IKEV2_KEYRING_PEER = new Mode("config-ikev2-keyring-peer", "(config-ikev2-keyring-peer)#",
            IKEV2_KEYRING, IosParser.RULE_config_ikev2_keyring_peer_line, IosParser::config_ikev2_keyring_peer_line,
            "IKEv2 Keyring Peer commands:");
    public static final Mode IKEV2_PROFILE = new Mode("config-ikev2-profile", "(config-ikev2-profile)#", Modes.CONFIG,
            IosParser.RULE_config_ikev2_profile_line, IosParser::config_ikev2_profile_line, "IKEv2 profile commands:");
    public static final Mode CA_TRUSTPOINT = new Mode("ca-trustpoint", "(ca-trustpoint)#", Modes.CONFIG,
            IosParser.RULE_config_ca_trustpoint_line, IosParser::config_ca_trustpoint_line,
            "CA trustpoint configuration commands:");
    public static final Mode CS_SERVER = new Mode("cs-server", "(cs-server)#", Modes.CONFIG,
            IosParser.RULE_config_cs_server_line, IosParser::config_cs_server_line,
            "Certificate server configuration commands:");

    /** Target of {@link #CRYPTO_MAP}: a static map entry or a dynamic-map entry. */
    public record MapEntry(String name, int seq, boolean dynamic) {}

    /** Target of {@link #IKEV2_KEYRING_PEER}. */
    public record KeyringPeer(String keyring, String peer) {}
}
