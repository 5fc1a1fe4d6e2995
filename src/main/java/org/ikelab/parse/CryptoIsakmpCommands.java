package org.ikelab.parse;

import static org.ikelab.parse.CryptoCommands.crypto;
import static org.ikelab.parse.CryptoCommands.enterOrRemove;
import static org.ikelab.parse.CryptoCommands.integer;
import static org.ikelab.parse.CryptoCommands.ip;
import static org.ikelab.parse.CryptoCommands.off;
import static org.ikelab.parse.CryptoCommands.reply;
import static org.ikelab.parse.CryptoCommands.target;
import static org.ikelab.parse.CryptoCommands.text;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.DhGroup;
import org.ikelab.config.crypto.IkeKeyring;
import org.ikelab.config.crypto.IsakmpAuth;
import org.ikelab.config.crypto.IsakmpEncryption;
import org.ikelab.config.crypto.IsakmpGlobals;
import org.ikelab.config.crypto.IsakmpHash;
import org.ikelab.config.crypto.IsakmpKey;
import org.ikelab.config.crypto.IsakmpPolicy;
import org.ikelab.config.crypto.IsakmpProfile;
import org.ikelab.config.crypto.Ipv4;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;

/** Handlers of the IKEv1 commands: global {@code crypto isakmp ...}/{@code crypto keyring} and their sub-modes. */
final class CryptoIsakmpCommands {
    private CryptoIsakmpCommands() {}

    static void register(CommandRegistry r) {
        globals(r);
        policyMode(r);
        keyringMode(r);
        profileMode(r);
        peerMode(r);
    }

    private static void globals(CommandRegistry r) {
        r.on(IosParser.RULE_isakmp_policy_cmd, Isakmp_policy_cmdContext.class, (c, env) -> {
            int prio = integer(c.isakmp_priority());
            reply(env, crypto(env).enterIsakmpPolicy(prio));
            env.enter(CryptoModes.ISAKMP_POLICY, prio);
        });
        r.on(IosParser.RULE_no_isakmp_policy_cmd, No_isakmp_policy_cmdContext.class, (c, env) -> {
            crypto(env).removeIsakmpPolicy(integer(c.isakmp_priority()));
            env.changed();
        });
        r.on(IosParser.RULE_isakmp_key_cmd, Isakmp_key_cmdContext.class, (c, env) -> reply(env, crypto(env).addIsakmpKey(
                key(c.isakmp_key_type(), c.isakmp_key_string(), c.isakmp_key_address(), c.isakmp_key_mask(),
                        c.isakmp_key_hostname(), Ctx.has(c, "no-xauth")))));
        r.on(IosParser.RULE_no_isakmp_key_cmd, No_isakmp_key_cmdContext.class, (c, env) -> reply(env, crypto(env)
                .removeIsakmpKey(key(c.isakmp_key_type(), c.isakmp_key_string(), c.isakmp_key_address(),
                        c.isakmp_key_mask(), c.isakmp_key_hostname(), false))));
        r.on(IosParser.RULE_isakmp_identity_cmd, Isakmp_identity_cmdContext.class, (c, env) -> identity(env, off(env)
                ? IsakmpGlobals.Identity.ADDRESS : identityOf(Ctx.token(c, 1))));
        r.on(IosParser.RULE_no_isakmp_identity_cmd, No_isakmp_identity_cmdContext.class,
                (c, env) -> identity(env, IsakmpGlobals.Identity.ADDRESS));
        r.on(IosParser.RULE_isakmp_keepalive_cmd, Isakmp_keepalive_cmdContext.class, (c, env) -> globals(env,
                g -> g.withKeepalive(integer(c.isakmp_keepalive_seconds()),
                        c.isakmp_keepalive_retry() == null ? 0 : integer(c.isakmp_keepalive_retry()),
                        Ctx.has(c, "periodic"))));
        r.on(IosParser.RULE_no_isakmp_keepalive_cmd, No_isakmp_keepalive_cmdContext.class,
                (c, env) -> globals(env, g -> g.withKeepalive(0, 0, false)));
        r.on(IosParser.RULE_isakmp_nat_cmd, Isakmp_nat_cmdContext.class,
                (c, env) -> globals(env, g -> g.withNatKeepalive(integer(c.isakmp_nat_seconds()))));
        r.on(IosParser.RULE_no_isakmp_nat_cmd, No_isakmp_nat_cmdContext.class,
                (c, env) -> globals(env, g -> g.withNatKeepalive(0)));
        r.on(IosParser.RULE_isakmp_aggressive_cmd, Isakmp_aggressive_cmdContext.class,
                (c, env) -> globals(env, g -> g.withAggressiveModeDisabled(!off(env))));
        r.on(IosParser.RULE_isakmp_invalid_spi_cmd, Isakmp_invalid_spi_cmdContext.class,
                (c, env) -> globals(env, g -> g.withInvalidSpiRecovery(!off(env))));
        r.on(IosParser.RULE_isakmp_enable_cmd, Isakmp_enable_cmdContext.class,
                (c, env) -> globals(env, g -> g.withEnabled(!env.negated())));
        r.on(IosParser.RULE_no_isakmp_all_cmd, No_isakmp_all_cmdContext.class,
                (c, env) -> globals(env, g -> g.withEnabled(env.defaulted())));
        r.on(IosParser.RULE_isakmp_default_policy_cmd, Isakmp_default_policy_cmdContext.class,
                (c, env) -> globals(env, g -> g.withDefaultPolicies(!env.negated())));
        r.on(IosParser.RULE_isakmp_profile_cmd, Isakmp_profile_cmdContext.class, (c, env) -> {
            String name = text(c.isakmp_profile_name());
            reply(env, crypto(env).enterIsakmpProfile(name));
            env.enter(CryptoModes.ISAKMP_PROFILE, name);
        });
        r.on(IosParser.RULE_no_isakmp_profile_cmd, No_isakmp_profile_cmdContext.class, (c, env) -> {
            crypto(env).removeIsakmpProfile(text(c.isakmp_profile_name()));
            env.changed();
        });
        r.on(IosParser.RULE_isakmp_peer_cmd, Isakmp_peer_cmdContext.class, (c, env) -> {
            CryptoConfig cc = crypto(env);
            enterOrRemove(env, ip(c.isakmp_peer_address()), cc::removeIsakmpPeer, cc::enterIsakmpPeer, CryptoModes.ISAKMP_PEER);
        });
        r.on(IosParser.RULE_crypto_keyring_cmd, Crypto_keyring_cmdContext.class, (c, env) -> {
            String name = text(c.keyring_name());
            reply(env, crypto(env).enterKeyring(name));
            if (c.keyring_vrf() != null) crypto(env).editKeyring(name, k -> k.withVrf(text(c.keyring_vrf())));
            env.enter(CryptoModes.KEYRING, name);
        });
        r.on(IosParser.RULE_no_crypto_keyring_cmd, No_crypto_keyring_cmdContext.class, (c, env) -> {
            crypto(env).removeKeyring(text(c.keyring_name()));
            env.changed();
        });
    }

    private static IsakmpKey key(Isakmp_key_typeContext type, Isakmp_key_stringContext key,
            Isakmp_key_addressContext address, Isakmp_key_maskContext mask, Isakmp_key_hostnameContext host,
            boolean noXauth) {
        IsakmpKey k = host != null ? IsakmpKey.forHostname(text(key), text(host))
                : IsakmpKey.forAddress(text(key), ip(address), ip(mask));
        boolean encrypted = type != null && type.getText().equals("6");
        return new IsakmpKey(encrypted, k.key(), k.address(), k.mask(), k.hostname(), noXauth);
    }

    private static IsakmpGlobals.Identity identityOf(String keyword) {
        return switch (keyword) {
            case "dn" -> IsakmpGlobals.Identity.DN;
            case "hostname" -> IsakmpGlobals.Identity.HOSTNAME;
            default -> IsakmpGlobals.Identity.ADDRESS;
        };
    }

    private static void identity(CommandEnv env, IsakmpGlobals.Identity id) {
        globals(env, g -> g.withIdentity(id));
    }

    private static void globals(CommandEnv env, java.util.function.UnaryOperator<IsakmpGlobals> change) {
        crypto(env).editIsakmpGlobals(change);
        env.changed();
    }

    // ---- (config-isakmp)

    private static void policyMode(CommandRegistry r) {
        r.on(IosParser.RULE_isakmp_encryption_cmd, Isakmp_encryption_cmdContext.class,
                (c, env) -> policy(env, p -> p.withEncryption(cipher(c.isakmp_cipher()))));
        r.on(IosParser.RULE_isakmp_hash_cmd, Isakmp_hash_cmdContext.class,
                (c, env) -> policy(env, p -> p.withHash(IsakmpHash.ofKeyword(text(c.isakmp_hash_alg())))));
        r.on(IosParser.RULE_isakmp_auth_cmd, Isakmp_auth_cmdContext.class,
                (c, env) -> policy(env, p -> p.withAuthentication(IsakmpAuth.ofKeyword(text(c.isakmp_auth_method())))));
        r.on(IosParser.RULE_isakmp_group_cmd, Isakmp_group_cmdContext.class, (c, env) -> policy(env,
                p -> p.withGroup(DhGroup.ofNumber(Integer.parseInt(text(c.isakmp_group_number()))).orElseThrow())));
        r.on(IosParser.RULE_isakmp_lifetime_cmd, Isakmp_lifetime_cmdContext.class,
                (c, env) -> policy(env, p -> p.withLifetime(integer(c.isakmp_lifetime()))));
        r.on(IosParser.RULE_isakmp_exit_cmd, Isakmp_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_isakmp_sub_cmd, No_isakmp_sub_cmdContext.class, (c, env) -> {
            IsakmpPolicy d = IsakmpPolicy.withDefaults(0);
            switch (Ctx.token(c, 0)) {
                case "encryption" -> policy(env, p -> p.withEncryption(d.encryption()));
                case "hash" -> policy(env, p -> p.withHash(d.hash()));
                case "authentication" -> policy(env, p -> p.withAuthentication(d.authentication()));
                case "group" -> policy(env, p -> p.withGroup(d.group()));
                default -> policy(env, p -> p.withLifetime(d.lifetimeSeconds()));
            }
        });
    }

    private static IsakmpEncryption cipher(Isakmp_cipherContext c) {
        return switch (Ctx.token(c, 0)) {
            case "des" -> IsakmpEncryption.DES;
            case "3des" -> IsakmpEncryption.TRIPLE_DES;
            default -> IsakmpEncryption.aes(c.isakmp_aes_size() == null ? 128 : Integer.parseInt(text(c.isakmp_aes_size())));
        };
    }

    private static void policy(CommandEnv env, java.util.function.UnaryOperator<IsakmpPolicy> change) {
        crypto(env).editIsakmpPolicy(target(env, Integer.class), change);
        env.changed();
    }

    // ---- (conf-keyring)

    private static void keyringMode(CommandRegistry r) {
        r.on(IosParser.RULE_keyring_psk_cmd, Keyring_psk_cmdContext.class, (c, env) -> reply(env,
                crypto(env).addKeyringKey(target(env, String.class), psk(c.keyring_psk_selector(), text(c.keyring_key())))));
        r.on(IosParser.RULE_keyring_description_cmd, Keyring_description_cmdContext.class,
                (c, env) -> keyring(env, k -> k.withDescription(text(c.keyring_description()))));
        r.on(IosParser.RULE_keyring_local_address_cmd, Keyring_local_address_cmdContext.class, (c, env) -> keyring(env,
                k -> k.withLocalAddress(c.keyring_local_ip() != null ? text(c.keyring_local_ip())
                        : Ctx.ifName(c.interface_name()).toString())));
        r.on(IosParser.RULE_keyring_exit_cmd, Keyring_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_keyring_sub_cmd, No_keyring_sub_cmdContext.class, (c, env) -> {
            if (c.keyring_psk_selector() != null) {
                keyring(env, k -> k.withoutKey(psk(c.keyring_psk_selector(), null)));
            } else if (Ctx.has(c, "description")) {
                keyring(env, k -> k.withDescription(null));
            } else {
                keyring(env, k -> k.withLocalAddress(null));
            }
        });
    }

    private static IkeKeyring.Psk psk(Keyring_psk_selectorContext s, String key) {
        if (s.keyring_hostname() != null) return new IkeKeyring.Psk(null, null, text(s.keyring_hostname()), key);
        Ipv4 mask = ip(s.keyring_mask());
        return new IkeKeyring.Psk(ip(s.keyring_address()), Ipv4.HOST_MASK.equals(mask) ? null : mask, null, key);
    }

    private static void keyring(CommandEnv env, java.util.function.UnaryOperator<IkeKeyring> change) {
        crypto(env).editKeyring(target(env, String.class), change);
        env.changed();
    }

    // ---- (conf-isa-prof)

    private static void profileMode(CommandRegistry r) {
        r.on(IosParser.RULE_isa_prof_keyring_cmd, Isa_prof_keyring_cmdContext.class,
                (c, env) -> profile(env, p -> p.withKeyrings(added(p.keyrings(), text(c.isa_prof_keyring())))));
        r.on(IosParser.RULE_isa_prof_match_cmd, Isa_prof_match_cmdContext.class,
                (c, env) -> profile(env, p -> p.withMatches(added(p.matches(), match(c)))));
        r.on(IosParser.RULE_isa_prof_self_identity_cmd, Isa_prof_self_identity_cmdContext.class, (c, env) -> profile(env,
                p -> p.withSelfIdentity(c.isa_prof_user_fqdn() != null ? "user-fqdn " + text(c.isa_prof_user_fqdn())
                        : Ctx.token(c, 1))));
        r.on(IosParser.RULE_isa_prof_local_address_cmd, Isa_prof_local_address_cmdContext.class, (c, env) -> profile(env,
                p -> p.withLocalAddress(c.isa_prof_local_ip() != null ? text(c.isa_prof_local_ip())
                        : Ctx.ifName(c.interface_name()).toString())));
        r.on(IosParser.RULE_isa_prof_keepalive_cmd, Isa_prof_keepalive_cmdContext.class, (c, env) -> profile(env,
                p -> p.withKeepalive(integer(c.isa_prof_keepalive_seconds()), integer(c.isa_prof_keepalive_retry()))));
        r.on(IosParser.RULE_isa_prof_initiate_cmd, Isa_prof_initiate_cmdContext.class,
                (c, env) -> profile(env, p -> p.withInitiateAggressive(true)));
        r.on(IosParser.RULE_isa_prof_vt_cmd, Isa_prof_vt_cmdContext.class,
                (c, env) -> profile(env, p -> p.withVirtualTemplate(integer(c.isa_prof_vt_number()))));
        r.on(IosParser.RULE_isa_prof_ca_cmd, Isa_prof_ca_cmdContext.class,
                (c, env) -> profile(env, p -> p.withCaTrustpoints(added(p.caTrustpoints(), text(c.isa_prof_trustpoint())))));
        r.on(IosParser.RULE_isa_prof_description_cmd, Isa_prof_description_cmdContext.class,
                (c, env) -> profile(env, p -> p.withDescription(text(c.isa_prof_description()))));
        r.on(IosParser.RULE_isa_prof_exit_cmd, Isa_prof_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_isa_prof_sub_cmd, No_isa_prof_sub_cmdContext.class, (c, env) -> {
            if (c.isa_prof_keyring_cmd() != null) {
                String k = text(c.isa_prof_keyring_cmd().isa_prof_keyring());
                profile(env, p -> p.withKeyrings(p.keyrings().stream().filter(x -> !x.equals(k)).toList()));
            } else if (c.isa_prof_match_cmd() != null) {
                IsakmpProfile.Match m = match(c.isa_prof_match_cmd());
                profile(env, p -> p.withMatches(p.matches().stream().filter(x -> !x.equals(m)).toList()));
            } else if (c.isa_prof_initiate_cmd() != null) {
                profile(env, p -> p.withInitiateAggressive(false));
            } else if (c.isa_prof_ca_cmd() != null) {
                String tp = text(c.isa_prof_ca_cmd().isa_prof_trustpoint());
                profile(env, p -> p.withCaTrustpoints(p.caTrustpoints().stream().filter(x -> !x.equals(tp)).toList()));
            } else {
                switch (Ctx.token(c, 0)) {
                    case "self-identity" -> profile(env, p -> p.withSelfIdentity(null));
                    case "local-address" -> profile(env, p -> p.withLocalAddress(null));
                    case "keepalive" -> profile(env, p -> p.withKeepalive(0, 0));
                    case "virtual-template" -> profile(env, p -> p.withVirtualTemplate(0));
                    default -> profile(env, p -> p.withDescription(null));
                }
            }
        });
    }

    private static IsakmpProfile.Match match(Isa_prof_match_cmdContext c) {
        if (c.isa_prof_match_address() != null) {
            return IsakmpProfile.Match.address(ip(c.isa_prof_match_address()), ip(c.isa_prof_match_mask()));
        }
        if (c.isa_prof_match_domain() != null) {
            return new IsakmpProfile.Match(IsakmpProfile.Match.Kind.HOST_DOMAIN, null, null, text(c.isa_prof_match_domain()));
        }
        if (c.isa_prof_match_host() != null) {
            return new IsakmpProfile.Match(IsakmpProfile.Match.Kind.HOST, null, null, text(c.isa_prof_match_host()));
        }
        return new IsakmpProfile.Match(IsakmpProfile.Match.Kind.GROUP, null, null, text(c.isa_prof_match_group()));
    }

    static <T> List<T> added(List<T> list, T item) {
        if (list.contains(item)) return list;
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }

    private static void profile(CommandEnv env, java.util.function.UnaryOperator<IsakmpProfile> change) {
        crypto(env).editIsakmpProfile(target(env, String.class), change);
        env.changed();
    }

    // ---- (config-isakmp-peer)

    private static void peerMode(CommandRegistry r) {
        r.on(IosParser.RULE_isakmp_peer_set_cmd, Isakmp_peer_set_cmdContext.class, (c, env) -> {
            if (c.isakmp_peer_password() != null) {
                peer(env, p -> p.withAggressivePassword(text(c.isakmp_peer_password())));
            } else {
                String type = Ctx.token(c, 3);
                String value = c.isakmp_peer_endpoint_ip() != null ? text(c.isakmp_peer_endpoint_ip()) : text(c.isakmp_peer_endpoint());
                peer(env, p -> p.withClientEndpoint(type, value));
            }
        });
        r.on(IosParser.RULE_isakmp_peer_exit_cmd, Isakmp_peer_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_isakmp_peer_sub_cmd, No_isakmp_peer_sub_cmdContext.class, (c, env) -> {
            if (Ctx.has(c, "password")) {
                peer(env, p -> p.withAggressivePassword(null));
            } else {
                peer(env, p -> p.withClientEndpoint(null, null));
            }
        });
    }

    private static void peer(CommandEnv env, java.util.function.UnaryOperator<org.ikelab.config.crypto.IsakmpPeer> change) {
        crypto(env).editIsakmpPeer(target(env, Ipv4.class), change);
        env.changed();
    }
}
