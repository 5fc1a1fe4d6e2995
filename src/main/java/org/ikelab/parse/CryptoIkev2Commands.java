package org.ikelab.parse;

import static org.ikelab.parse.CryptoCommands.crypto;
import static org.ikelab.parse.CryptoCommands.integer;
import static org.ikelab.parse.CryptoCommands.ip;
import static org.ikelab.parse.CryptoCommands.reply;
import static org.ikelab.parse.CryptoCommands.target;
import static org.ikelab.parse.CryptoCommands.text;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ikelab.config.crypto.DhGroup;
import org.ikelab.config.crypto.Ikev2Encryption;
import org.ikelab.config.crypto.Ikev2Hash;
import org.ikelab.config.crypto.Ikev2Keyring;
import org.ikelab.config.crypto.Ikev2Policy;
import org.ikelab.config.crypto.Ikev2Profile;
import org.ikelab.config.crypto.Ikev2Proposal;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;

/** Handlers of {@code crypto ikev2 ...} and the IKEv2 sub-modes. */
final class CryptoIkev2Commands {
    private CryptoIkev2Commands() {}

    static void register(CommandRegistry r) {
        r.on(IosParser.RULE_crypto_ikev2_cmd, Crypto_ikev2_cmdContext.class, CryptoIkev2Commands::enter);
        r.on(IosParser.RULE_no_crypto_ikev2_cmd, No_crypto_ikev2_cmdContext.class, (c, env) -> {
            if (c.ikev2_proposal_name() != null) {
                crypto(env).removeIkev2Proposal(text(c.ikev2_proposal_name()));
            } else if (c.ikev2_policy_name() != null) {
                crypto(env).removeIkev2Policy(text(c.ikev2_policy_name()));
            } else if (c.ikev2_keyring_name() != null) {
                crypto(env).removeIkev2Keyring(text(c.ikev2_keyring_name()));
            } else {
                crypto(env).removeIkev2Profile(text(c.ikev2_profile_name()));
            }
            env.changed();
        });
        proposalMode(r);
        policyMode(r);
        keyringMode(r);
        profileMode(r);
    }

    /** Enters the object's sub-mode, printing the IOS "MUST have" text when it is incomplete. */
    private static void enter(Crypto_ikev2_cmdContext c, CommandEnv env) {
        if (c.ikev2_proposal_name() != null) {
            String n = text(c.ikev2_proposal_name());
            reply(env, crypto(env).enterIkev2Proposal(n));
            env.enter(CryptoModes.IKEV2_PROPOSAL, n);
        } else if (c.ikev2_policy_name() != null) {
            String n = text(c.ikev2_policy_name());
            reply(env, crypto(env).enterIkev2Policy(n));
            env.enter(CryptoModes.IKEV2_POLICY, n);
        } else if (c.ikev2_keyring_name() != null) {
            String n = text(c.ikev2_keyring_name());
            reply(env, crypto(env).enterIkev2Keyring(n));
            env.enter(CryptoModes.IKEV2_KEYRING, n);
        } else {
            String n = text(c.ikev2_profile_name());
            reply(env, crypto(env).enterIkev2Profile(n));
            env.enter(CryptoModes.IKEV2_PROFILE, n);
        }
    }

    // ---- (config-ikev2-proposal)

    private static void proposalMode(CommandRegistry r) {
        r.on(IosParser.RULE_ikev2_encryption_cmd, Ikev2_encryption_cmdContext.class, (c, env) -> proposal(env,
                p -> p.withEncryption(c.ikev2_cipher().stream().map(x -> Ikev2Encryption.ofKeyword(x.getText()).orElseThrow()).distinct().toList())));
        r.on(IosParser.RULE_ikev2_integrity_cmd, Ikev2_integrity_cmdContext.class,
                (c, env) -> proposal(env, p -> p.withIntegrity(hashes(c.ikev2_hash()))));
        r.on(IosParser.RULE_ikev2_prf_cmd, Ikev2_prf_cmdContext.class, (c, env) -> proposal(env, p -> p.withPrf(hashes(c.ikev2_hash()))));
        r.on(IosParser.RULE_ikev2_group_cmd, Ikev2_group_cmdContext.class, (c, env) -> proposal(env, p -> p.withGroups(
                c.ikev2_group().stream().map(g -> DhGroup.ofNumber(Integer.parseInt(g.getText())).orElseThrow()).distinct().toList())));
        r.on(IosParser.RULE_ikev2_proposal_exit_cmd, Ikev2_proposal_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_ikev2_proposal_sub_cmd, No_ikev2_proposal_sub_cmdContext.class, (c, env) -> {
            switch (Ctx.token(c, 0)) {
                case "encryption" -> proposal(env, p -> p.withEncryption(List.of()));
                case "integrity" -> proposal(env, p -> p.withIntegrity(List.of()));
                case "group" -> proposal(env, p -> p.withGroups(List.of()));
                default -> proposal(env, p -> p.withPrf(List.of()));
            }
        });
    }

    private static List<Ikev2Hash> hashes(List<Ikev2_hashContext> hs) {
        return hs.stream().map(h -> Ikev2Hash.ofKeyword(h.getText()).orElseThrow()).distinct().toList();
    }

    private static void proposal(CommandEnv env, UnaryOperator<Ikev2Proposal> change) {
        crypto(env).editIkev2Proposal(target(env, String.class), change);
        env.changed();
    }

    // ---- (config-ikev2-policy)

    private static void policyMode(CommandRegistry r) {
        r.on(IosParser.RULE_ikev2_policy_proposal_cmd, Ikev2_policy_proposal_cmdContext.class, (c, env) -> policy(env,
                p -> p.withProposals(CryptoIsakmpCommands.added(p.proposals(), text(c.ikev2_proposal_name())))));
        r.on(IosParser.RULE_ikev2_policy_match_cmd, Ikev2_policy_match_cmdContext.class, (c, env) -> {
            if (c.ikev2_local_address() != null) {
                policy(env, p -> p.withMatchAddressLocal(CryptoIsakmpCommands.added(p.matchAddressLocal(), ip(c.ikev2_local_address()))));
            } else {
                String vrf = c.ikev2_fvrf_name() == null ? "any" : text(c.ikev2_fvrf_name());
                policy(env, p -> p.withMatchFvrf(List.of(vrf)));
            }
        });
        r.on(IosParser.RULE_ikev2_policy_exit_cmd, Ikev2_policy_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_ikev2_policy_sub_cmd, No_ikev2_policy_sub_cmdContext.class, (c, env) -> {
            if (Ctx.has(c, "proposal")) {
                String n = text(c.ikev2_proposal_name());
                policy(env, p -> p.withProposals(n == null ? List.of() : p.proposals().stream().filter(x -> !x.equals(n)).toList()));
            } else if (c.ikev2_policy_match_cmd().ikev2_local_address() != null) {
                var a = ip(c.ikev2_policy_match_cmd().ikev2_local_address());
                policy(env, p -> p.withMatchAddressLocal(p.matchAddressLocal().stream().filter(x -> !x.equals(a)).toList()));
            } else {
                policy(env, p -> p.withMatchFvrf(List.of()));
            }
        });
    }

    private static void policy(CommandEnv env, UnaryOperator<Ikev2Policy> change) {
        crypto(env).editIkev2Policy(target(env, String.class), change);
        env.changed();
    }

    // ---- (config-ikev2-keyring) and (config-ikev2-keyring-peer)

    private static void keyringMode(CommandRegistry r) {
        r.on(IosParser.RULE_ikev2_keyring_peer_cmd, Ikev2_keyring_peer_cmdContext.class, (c, env) -> {
            String keyring = target(env, String.class);
            String peer = text(c.ikev2_peer_name());
            if (env.negated()) {
                crypto(env).removeIkev2KeyringPeer(keyring, peer);
                env.changed();
                return;
            }
            reply(env, crypto(env).enterIkev2KeyringPeer(keyring, peer));
            env.enter(CryptoModes.IKEV2_KEYRING_PEER, new CryptoModes.KeyringPeer(keyring, peer));
        });
        r.on(IosParser.RULE_ikev2_keyring_exit_cmd, Ikev2_keyring_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_ikev2_peer_address_cmd, Ikev2_peer_address_cmdContext.class,
                (c, env) -> peer(env, p -> p.withAddress(ip(c.ikev2_peer_address()), ip(c.ikev2_peer_mask()))));
        r.on(IosParser.RULE_ikev2_peer_hostname_cmd, Ikev2_peer_hostname_cmdContext.class,
                (c, env) -> peer(env, p -> p.withHostname(text(c.ikev2_peer_hostname()))));
        r.on(IosParser.RULE_ikev2_peer_identity_cmd, Ikev2_peer_identity_cmdContext.class, (c, env) -> peer(env,
                p -> p.withIdentity(Ctx.token(c, 1), c.ikev2_peer_id_address() != null ? text(c.ikev2_peer_id_address()) : text(c.ikev2_peer_id()))));
        r.on(IosParser.RULE_ikev2_peer_psk_cmd, Ikev2_peer_psk_cmdContext.class, (c, env) -> {
            String key = text(c.ikev2_psk());
            if (Ctx.has(c, "local")) {
                peer(env, p -> p.withPsk(p.psk(), key, p.pskRemote()));
            } else if (Ctx.has(c, "remote")) {
                peer(env, p -> p.withPsk(p.psk(), p.pskLocal(), key));
            } else {
                peer(env, p -> p.withPsk(key, null, null));
            }
        });
        r.on(IosParser.RULE_ikev2_peer_description_cmd, Ikev2_peer_description_cmdContext.class,
                (c, env) -> peer(env, p -> p.withDescription(text(c.ikev2_peer_description()))));
        r.on(IosParser.RULE_ikev2_peer_exit_cmd, Ikev2_peer_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_ikev2_peer_sub_cmd, No_ikev2_peer_sub_cmdContext.class, (c, env) -> {
            switch (Ctx.token(c, 0)) {
                case "address" -> peer(env, p -> p.withAddress(null, null));
                case "hostname" -> peer(env, p -> p.withHostname(null));
                case "identity" -> peer(env, p -> p.withIdentity(null, null));
                case "description" -> peer(env, p -> p.withDescription(null));
                default -> {
                    if (Ctx.has(c, "local")) peer(env, p -> p.withPsk(p.psk(), null, p.pskRemote()));
                    else if (Ctx.has(c, "remote")) peer(env, p -> p.withPsk(p.psk(), p.pskLocal(), null));
                    else peer(env, p -> p.withPsk(null, null, null));
                }
            }
        });
    }

    private static void peer(CommandEnv env, UnaryOperator<Ikev2Keyring.Peer> change) {
        CryptoModes.KeyringPeer kp = target(env, CryptoModes.KeyringPeer.class);
        crypto(env).editIkev2KeyringPeer(kp.keyring(), kp.peer(), change);
        env.changed();
    }

    // ---- (config-ikev2-profile)

    private static void profileMode(CommandRegistry r) {
        r.on(IosParser.RULE_ikev2_profile_match_cmd, Ikev2_profile_match_cmdContext.class,
                (c, env) -> profile(env, p -> p.withMatches(CryptoIsakmpCommands.added(p.matches(), match(c)))));
        r.on(IosParser.RULE_ikev2_profile_identity_cmd, Ikev2_profile_identity_cmdContext.class, (c, env) -> {
            String kind = Ctx.token(c, 2);
            String value = c.ikev2_id_address() != null ? text(c.ikev2_id_address()) : text(c.ikev2_id_name());
            profile(env, p -> p.withIdentityLocal(value == null ? kind : kind + " " + value));
        });
        r.on(IosParser.RULE_ikev2_profile_auth_cmd, Ikev2_profile_auth_cmdContext.class, (c, env) -> {
            Ikev2_auth_methodContext m = c.ikev2_auth_method();
            String method = Ctx.token(m, 0);
            String key = text(m.ikev2_auth_key());
            if (Ctx.has(c, "local")) {
                profile(env, p -> p.withAuthLocal(method, key));
            } else {
                profile(env, p -> p.withAuthRemote(CryptoIsakmpCommands.added(p.authRemote(), method),
                        method.equals("pre-share") ? key : p.authRemoteKey()));
            }
        });
        r.on(IosParser.RULE_ikev2_profile_keyring_cmd, Ikev2_profile_keyring_cmdContext.class,
                (c, env) -> profile(env, p -> p.withKeyringLocal(text(c.ikev2_keyring_name()))));
        r.on(IosParser.RULE_ikev2_profile_pki_cmd, Ikev2_profile_pki_cmdContext.class, (c, env) -> {
            String tp = text(c.ikev2_trustpoint()) + (Ctx.has(c, "sign") ? " sign" : Ctx.has(c, "verify") ? " verify" : "");
            profile(env, p -> p.withTrustpoints(CryptoIsakmpCommands.added(p.trustpoints(), tp)));
        });
        r.on(IosParser.RULE_ikev2_profile_lifetime_cmd, Ikev2_profile_lifetime_cmdContext.class,
                (c, env) -> profile(env, p -> p.withLifetime(integer(c.ikev2_lifetime()))));
        r.on(IosParser.RULE_ikev2_profile_dpd_cmd, Ikev2_profile_dpd_cmdContext.class, (c, env) -> profile(env,
                p -> p.withDpd(integer(c.ikev2_dpd_interval()), integer(c.ikev2_dpd_retry()), Ctx.has(c, "periodic") ? "periodic" : "on-demand")));
        r.on(IosParser.RULE_ikev2_profile_vt_cmd, Ikev2_profile_vt_cmdContext.class,
                (c, env) -> profile(env, p -> p.withVirtualTemplate(integer(c.ikev2_vt_number()))));
        r.on(IosParser.RULE_ikev2_profile_aaa_cmd, Ikev2_profile_aaa_cmdContext.class,
                (c, env) -> profile(env, p -> p.withAaaPskList(text(c.ikev2_aaa_list()))));
        r.on(IosParser.RULE_ikev2_profile_description_cmd, Ikev2_profile_description_cmdContext.class,
                (c, env) -> profile(env, p -> p.withDescription(text(c.ikev2_profile_description()))));
        r.on(IosParser.RULE_ikev2_profile_exit_cmd, Ikev2_profile_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_ikev2_profile_sub_cmd, No_ikev2_profile_sub_cmdContext.class, CryptoIkev2Commands::unsetProfile);
    }

    private static void unsetProfile(No_ikev2_profile_sub_cmdContext c, CommandEnv env) {
        if (c.ikev2_profile_match_cmd() != null) {
            Ikev2Profile.Match m = match(c.ikev2_profile_match_cmd());
            profile(env, p -> p.withMatches(p.matches().stream().filter(x -> !x.equals(m)).toList()));
            return;
        }
        switch (Ctx.token(c, 0)) {
            case "identity" -> profile(env, p -> p.withIdentityLocal(null));
            case "authentication" -> {
                if (Ctx.has(c, "local")) {
                    profile(env, p -> p.withAuthLocal(null, null));
                } else if (c.ikev2_auth_method() != null) {
                    String m = Ctx.token(c.ikev2_auth_method(), 0);
                    profile(env, p -> p.withAuthRemote(p.authRemote().stream().filter(x -> !x.equals(m)).toList(),
                            m.equals("pre-share") ? null : p.authRemoteKey()));
                } else {
                    profile(env, p -> p.withAuthRemote(List.of(), null));
                }
            }
            case "keyring" -> profile(env, p -> p.withKeyringLocal(null));
            case "pki" -> {
                String tp = text(c.ikev2_trustpoint());
                profile(env, p -> p.withTrustpoints(tp == null ? List.of()
                        : p.trustpoints().stream().filter(x -> !x.split(" ")[0].equals(tp)).toList()));
            }
            case "lifetime" -> profile(env, p -> p.withLifetime(0));
            case "dpd" -> profile(env, p -> p.withDpd(0, 0, null));
            case "virtual-template" -> profile(env, p -> p.withVirtualTemplate(0));
            case "aaa" -> profile(env, p -> p.withAaaPskList(null));
            default -> profile(env, p -> p.withDescription(null));
        }
    }

    private static Ikev2Profile.Match match(Ikev2_profile_match_cmdContext c) {
        if (c.ikev2_match_address() != null) {
            return Ikev2Profile.Match.identityAddress(ip(c.ikev2_match_address()), ip(c.ikev2_match_mask()));
        }
        if (c.ikev2_local_address() != null) {
            return Ikev2Profile.Match.of(Ikev2Profile.Match.Kind.ADDRESS_LOCAL, text(c.ikev2_local_address()));
        }
        if (Ctx.has(c, "fvrf")) {
            return Ikev2Profile.Match.of(Ikev2Profile.Match.Kind.FVRF, c.ikev2_fvrf_name() == null ? "any" : text(c.ikev2_fvrf_name()));
        }
        if (c.ikev2_cert_map() != null) return Ikev2Profile.Match.of(Ikev2Profile.Match.Kind.CERTIFICATE, text(c.ikev2_cert_map()));
        boolean domain = Ctx.has(c, "domain");
        Ikev2Profile.Match.Kind k;
        if (Ctx.has(c, "fqdn")) {
            k = domain ? Ikev2Profile.Match.Kind.IDENTITY_FQDN_DOMAIN : Ikev2Profile.Match.Kind.IDENTITY_FQDN;
        } else if (Ctx.has(c, "email")) {
            k = domain ? Ikev2Profile.Match.Kind.IDENTITY_EMAIL_DOMAIN : Ikev2Profile.Match.Kind.IDENTITY_EMAIL;
        } else {
            k = Ikev2Profile.Match.Kind.IDENTITY_KEY_ID;
        }
        return Ikev2Profile.Match.of(k, text(c.ikev2_match_name()));
    }

    private static void profile(CommandEnv env, UnaryOperator<Ikev2Profile> change) {
        crypto(env).editIkev2Profile(target(env, String.class), change);
        env.changed();
    }
}
