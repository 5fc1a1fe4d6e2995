package org.ikelab.parse;

import static org.ikelab.parse.CryptoCommands.crypto;
import static org.ikelab.parse.CryptoCommands.integer;
import static org.ikelab.parse.CryptoCommands.reply;
import static org.ikelab.parse.CryptoCommands.target;
import static org.ikelab.parse.CryptoCommands.text;
import static org.ikelab.parse.CryptoCommands.texts;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ikelab.config.crypto.CryptoMapEntry;
import org.ikelab.config.crypto.SessionKey;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;

/** Handlers of {@code crypto map}, {@code crypto dynamic-map} and the (config-crypto-map) sub-mode. */
final class CryptoMapCommands {
    private CryptoMapCommands() {}

    static void register(CommandRegistry r) {
        r.on(IosParser.RULE_crypto_map_cmd, Crypto_map_cmdContext.class, CryptoMapCommands::map);
        r.on(IosParser.RULE_no_crypto_map_cmd, No_crypto_map_cmdContext.class, (c, env) -> {
            String name = text(c.crypto_map_name());
            if (c.crypto_map_seq() != null) {
                crypto(env).removeCryptoMapEntry(name, integer(c.crypto_map_seq()));
            } else if (Ctx.has(c, "local-address")) {
                crypto(env).setCryptoMapLocalAddress(name, null);
            } else {
                crypto(env).removeCryptoMap(name);
            }
            env.changed();
        });
        r.on(IosParser.RULE_crypto_dynamic_map_cmd, Crypto_dynamic_map_cmdContext.class, (c, env) -> {
            String name = text(c.dynamic_map_name());
            int seq = integer(c.dynamic_map_seq());
            reply(env, crypto(env).enterDynamicMap(name, seq));
            env.enter(CryptoModes.CRYPTO_MAP, new CryptoModes.MapEntry(name, seq, true));
        });
        r.on(IosParser.RULE_no_crypto_dynamic_map_cmd, No_crypto_dynamic_map_cmdContext.class, (c, env) -> {
            String name = text(c.dynamic_map_name());
            if (c.dynamic_map_seq() != null) {
                crypto(env).removeDynamicMapEntry(name, integer(c.dynamic_map_seq()));
            } else {
                crypto(env).removeDynamicMap(name);
            }
            env.changed();
        });
        subMode(r);
    }

    /**
     * {@code crypto map NAME SEQ [ipsec-isakmp [dynamic D] | ipsec-manual]}: enters the entry
     * (a new one prints the NOTE); the dynamic binding stays in global configuration.
     * {@code crypto map NAME local-address IF} binds the IKE source interface.
     */
    private static void map(Crypto_map_cmdContext c, CommandEnv env) {
        String name = text(c.crypto_map_name());
        if (c.crypto_map_seq() == null) {
            crypto(env).setCryptoMapLocalAddress(name, Ctx.ifName(c.interface_name()).toString());
            env.changed();
            return;
        }
        int seq = integer(c.crypto_map_seq());
        CryptoMapEntry.Kind kind;
        if (c.dynamic_map_name() != null) {
            kind = CryptoMapEntry.Kind.ISAKMP_DYNAMIC;
        } else if (Ctx.has(c, "ipsec-manual")) {
            kind = CryptoMapEntry.Kind.MANUAL;
        } else if (Ctx.has(c, "ipsec-isakmp")) {
            kind = CryptoMapEntry.Kind.ISAKMP;
        } else {
            // No type typed: an existing entry is entered as it is, a new one is ipsec-isakmp.
            kind = crypto(env).cryptoMapEntry(name, seq).map(CryptoMapEntry::kind).orElse(CryptoMapEntry.Kind.ISAKMP);
        }
        String dyn = text(c.dynamic_map_name());
        if (kind == CryptoMapEntry.Kind.ISAKMP_DYNAMIC && c.dynamic_map_name() == null) {
            dyn = crypto(env).cryptoMapEntry(name, seq).map(CryptoMapEntry::dynamicMap).orElseThrow();
        }
        reply(env, crypto(env).enterCryptoMap(name, seq, kind, dyn));
        if (kind != CryptoMapEntry.Kind.ISAKMP_DYNAMIC) env.enter(CryptoModes.CRYPTO_MAP, new CryptoModes.MapEntry(name, seq, false));
    }

    // ---- (config-crypto-map), shared by static and dynamic entries

    private static void subMode(CommandRegistry r) {
        r.on(IosParser.RULE_cmap_set_cmd, Cmap_set_cmdContext.class, CryptoMapCommands::set);
        r.on(IosParser.RULE_cmap_match_cmd, Cmap_match_cmdContext.class,
                (c, env) -> entry(env, e -> e.withMatchAcl(text(c.cmap_acl()))));
        r.on(IosParser.RULE_cmap_description_cmd, Cmap_description_cmdContext.class,
                (c, env) -> entry(env, e -> e.withDescription(text(c.cmap_description()))));
        r.on(IosParser.RULE_cmap_reverse_route_cmd, Cmap_reverse_route_cmdContext.class,
                (c, env) -> entry(env, e -> e.withReverseRoute(true, Ctx.has(c, "static"))));
        r.on(IosParser.RULE_cmap_exit_cmd, Cmap_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_cmap_sub_cmd, No_cmap_sub_cmdContext.class, CryptoMapCommands::unset);
    }

    private static void set(Cmap_set_cmdContext c, CommandEnv env) {
        if (c.cmap_peer() != null) {
            String name = text(c.cmap_peer());
            boolean address = org.ikelab.config.crypto.Ipv4.parse(name).isPresent();
            // A host name is resolved now (the host table; this router has no DNS) unless it is
            // "dynamic", resolved at each IKE initiation; an address cannot be dynamic.
            boolean dynamic = !address && Ctx.has(c, "dynamic");
            if (!address && !dynamic && env.config().resolveHost(name).isEmpty()) {
                if (env.config().domainLookup()) env.print("Translating \"" + name + "\"...domain server (255.255.255.255)");
                env.print("% Unable to resolve " + name);
                return;
            }
            String peer = dynamic ? name + " dynamic" : name;
            // "default" puts the peer first; otherwise peers are tried in the order added.
            boolean first = Ctx.has(c, "default");
            entry(env, e -> e.withPeers(first ? prepend(e.peers(), peer) : replaced(e.peers(), peer)));
        } else if (!c.transform_set_name().isEmpty()) {
            entry(env, e -> e.withTransformSets(texts(c.transform_set_name())));
        } else if (Ctx.has(c, "pfs")) {
            entry(env, e -> e.withPfs(CryptoIpsecCommands.pfs(c.pfs_group())));
        } else if (c.ipsec_sa_seconds() != null) {
            entry(env, e -> e.withSa(e.sa().withLifetimeSeconds(integer(c.ipsec_sa_seconds()))));
        } else if (c.ipsec_sa_kilobytes() != null) {
            entry(env, e -> e.withSa(e.sa().withLifetimeKilobytes(Ctx.number(c.ipsec_sa_kilobytes()))));
        } else if (c.ipsec_sa_idle() != null) {
            entry(env, e -> e.withSa(e.sa().withIdleTime(integer(c.ipsec_sa_idle()))));
        } else if (Ctx.has(c, "per-host")) {
            entry(env, e -> e.withSa(e.sa().withPerHost(true)));
        } else if (c.isakmp_profile_name() != null) {
            entry(env, e -> e.withIsakmpProfile(text(c.isakmp_profile_name())));
        } else if (c.ikev2_profile_name() != null) {
            entry(env, e -> e.withIkev2Profile(text(c.ikev2_profile_name())));
        } else {
            boolean inbound = Ctx.has(c, "inbound");
            boolean esp = Ctx.has(c, "esp");
            SessionKey k = new SessionKey(inbound, esp, Ctx.number(c.cmap_spi()), text(c.cmap_key_hex()), text(c.cmap_auth_hex()));
            entry(env, e -> e.withSessionKey(k));
        }
    }

    private static void unset(No_cmap_sub_cmdContext c, CommandEnv env) {
        if (Ctx.has(c, "match")) {
            entry(env, e -> e.withMatchAcl(null));
        } else if (Ctx.has(c, "description")) {
            entry(env, e -> e.withDescription(null));
        } else if (Ctx.has(c, "reverse-route")) {
            entry(env, e -> e.withReverseRoute(false, false));
        } else if (Ctx.has(c, "peer")) {
            String peer = text(c.cmap_peer());
            entry(env, e -> e.withPeers(peer == null ? List.of()
                    : e.peers().stream().filter(p -> !CryptoMapEntry.peerName(p).equalsIgnoreCase(peer)).toList()));
        } else if (Ctx.has(c, "transform-set")) {
            entry(env, e -> e.withTransformSets(List.of()));
        } else if (Ctx.has(c, "pfs")) {
            entry(env, e -> e.withPfs(null));
        } else if (Ctx.has(c, "seconds")) {
            entry(env, e -> e.withSa(e.sa().withLifetimeSeconds(0)));
        } else if (Ctx.has(c, "kilobytes")) {
            entry(env, e -> e.withSa(e.sa().withLifetimeKilobytes(0)));
        } else if (Ctx.has(c, "idle-time")) {
            entry(env, e -> e.withSa(e.sa().withIdleTime(0)));
        } else if (Ctx.has(c, "per-host")) {
            entry(env, e -> e.withSa(e.sa().withPerHost(false)));
        } else if (Ctx.has(c, "isakmp-profile")) {
            entry(env, e -> e.withIsakmpProfile(null));
        } else if (Ctx.has(c, "ikev2-profile")) {
            entry(env, e -> e.withIkev2Profile(null));
        } else {
            boolean inbound = Ctx.has(c, "inbound");
            Boolean esp = Ctx.has(c, "esp") ? Boolean.TRUE : Ctx.has(c, "ah") ? Boolean.FALSE : null;
            entry(env, e -> e.withoutSessionKeys(inbound, esp));
        }
    }

    /** Appends {@code peer}, or replaces the item of the same name where it stands ({@code R2} by {@code R2 dynamic}). */
    private static List<String> replaced(List<String> peers, String peer) {
        java.util.ArrayList<String> next = new java.util.ArrayList<>(peers);
        for (int i = 0; i < next.size(); i++) {
            if (CryptoMapEntry.peerName(next.get(i)).equalsIgnoreCase(CryptoMapEntry.peerName(peer))) {
                next.set(i, peer);
                return next;
            }
        }
        next.add(peer);
        return next;
    }

    private static List<String> prepend(List<String> peers, String peer) {
        java.util.ArrayList<String> next = new java.util.ArrayList<>(peers);
        next.removeIf(p -> CryptoMapEntry.peerName(p).equalsIgnoreCase(CryptoMapEntry.peerName(peer)));
        next.addFirst(peer);
        return next;
    }

    private static void entry(CommandEnv env, UnaryOperator<CryptoMapEntry> change) {
        CryptoModes.MapEntry m = target(env, CryptoModes.MapEntry.class);
        if (m.dynamic()) {
            crypto(env).editDynamicMap(m.name(), m.seq(), change);
        } else {
            crypto(env).editCryptoMap(m.name(), m.seq(), change);
        }
        env.changed();
    }
}
