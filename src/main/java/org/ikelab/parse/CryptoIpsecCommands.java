package org.ikelab.parse;

import static org.ikelab.parse.CryptoCommands.crypto;
import static org.ikelab.parse.CryptoCommands.enterOrRemove;
import static org.ikelab.parse.CryptoCommands.integer;
import static org.ikelab.parse.CryptoCommands.off;
import static org.ikelab.parse.CryptoCommands.reply;
import static org.ikelab.parse.CryptoCommands.target;
import static org.ikelab.parse.CryptoCommands.text;
import static org.ikelab.parse.CryptoCommands.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.ConfigReply;
import org.ikelab.config.crypto.DhGroup;
import org.ikelab.config.crypto.IpsecGlobals;
import org.ikelab.config.crypto.IpsecProfile;
import org.ikelab.config.crypto.Transform;
import org.ikelab.config.crypto.TransformSet;
import org.ikelab.config.crypto.TransformSpec;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;

/** Handlers of {@code crypto ipsec ...} and the (cfg-crypto-trans) and (ipsec-profile) sub-modes. */
final class CryptoIpsecCommands {
    private CryptoIpsecCommands() {}

    static void register(CommandRegistry r) {
        r.on(IosParser.RULE_ipsec_transform_set_cmd, Ipsec_transform_set_cmdContext.class, CryptoIpsecCommands::transformSet);
        r.on(IosParser.RULE_no_ipsec_transform_set_cmd, No_ipsec_transform_set_cmdContext.class, (c, env) -> {
            crypto(env).removeTransformSet(text(c.transform_set_name()));
            env.changed();
        });
        r.on(IosParser.RULE_ipsec_profile_cmd, Ipsec_profile_cmdContext.class, (c, env) -> {
            CryptoConfig cc = crypto(env);
            enterOrRemove(env, text(c.ipsec_profile_name()), cc::removeIpsecProfile, cc::enterIpsecProfile, CryptoModes.IPSEC_PROFILE);
        });
        r.on(IosParser.RULE_ipsec_sa_cmd, Ipsec_sa_cmdContext.class, (c, env) -> {
            if (c.ipsec_sa_seconds() != null) {
                globals(env, g -> g.withLifetimeSeconds(integer(c.ipsec_sa_seconds())));
            } else if (c.ipsec_sa_kilobytes() != null) {
                globals(env, g -> g.withLifetimeKilobytes(Ctx.number(c.ipsec_sa_kilobytes())));
            } else if (Ctx.has(c, "kilobytes")) {
                globals(env, g -> g.withKilobytesDisabled(true));
            } else if (c.ipsec_sa_idle() != null) {
                globals(env, g -> g.withIdleTime(integer(c.ipsec_sa_idle())));
            } else if (c.ipsec_replay_window() != null) {
                globals(env, g -> g.withReplayWindow(Integer.parseInt(text(c.ipsec_replay_window()))).withReplayDisabled(false));
            } else {
                globals(env, g -> g.withReplayDisabled(true));
            }
        });
        r.on(IosParser.RULE_no_ipsec_sa_cmd, No_ipsec_sa_cmdContext.class, (c, env) -> {
            IpsecGlobals d = IpsecGlobals.DEFAULTS;
            if (Ctx.has(c, "lifetime")) {
                if (Ctx.has(c, "seconds")) {
                    globals(env, g -> g.withLifetimeSeconds(d.lifetimeSeconds()));
                } else {
                    globals(env, g -> g.withLifetimeKilobytes(d.lifetimeKilobytes()));
                }
            } else if (Ctx.has(c, "idle-time")) {
                globals(env, g -> g.withIdleTime(0));
            } else {
                globals(env, g -> g.withReplayWindow(d.replayWindow()).withReplayDisabled(false));
            }
        });
        r.on(IosParser.RULE_ipsec_df_bit_cmd, Ipsec_df_bit_cmdContext.class, (c, env) -> globals(env,
                g -> g.withDfBit(off(env) ? IpsecGlobals.DfBit.COPY : IpsecGlobals.DfBit.valueOf(Ctx.token(c, 1).toUpperCase()))));
        r.on(IosParser.RULE_no_ipsec_df_bit_cmd, No_ipsec_df_bit_cmdContext.class,
                (c, env) -> globals(env, g -> g.withDfBit(IpsecGlobals.DfBit.COPY)));
        r.on(IosParser.RULE_ipsec_nat_cmd, Ipsec_nat_cmdContext.class,
                (c, env) -> globals(env, g -> g.withNatTransparency(!env.negated())));
        transformSetMode(r);
        profileMode(r);
    }

    /**
     * Defines the set and enters (cfg-crypto-trans). An invalid combination gets the caret under
     * the first transform that does not fit, and nothing changes.
     */
    private static void transformSet(Ipsec_transform_set_cmdContext c, CommandEnv env) {
        String name = text(c.transform_set_name());
        List<TransformSpec> specs = new ArrayList<>();
        for (Ipsec_transformContext t : c.ipsec_transform()) specs.add(spec(t));
        ConfigReply r = crypto(env).defineTransformSet(name, specs);
        if (r.hasCaret()) {
            env.invalid(c.ipsec_transform(r.caretArgument()).getStart());
            return;
        }
        if (reply(env, r)) env.enter(CryptoModes.TRANSFORM_SET, name);
    }

    static TransformSpec spec(Ipsec_transformContext t) {
        Transform tr = Transform.ofKeyword(Ctx.token(t, 0)).orElseThrow();
        return t.ipsec_key_size() == null ? TransformSpec.of(tr) : TransformSpec.of(tr, Integer.parseInt(text(t.ipsec_key_size())));
    }

    private static void globals(CommandEnv env, UnaryOperator<IpsecGlobals> change) {
        crypto(env).editIpsecGlobals(change);
        env.changed();
    }

    // ---- (cfg-crypto-trans)

    private static void transformSetMode(CommandRegistry r) {
        r.on(IosParser.RULE_trans_mode_cmd, Trans_mode_cmdContext.class, (c, env) -> mode(env, mode(c.trans_mode())));
        r.on(IosParser.RULE_trans_exit_cmd, Trans_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_trans_sub_cmd, No_trans_sub_cmdContext.class, (c, env) -> mode(env, TransformSet.Mode.TUNNEL));
    }

    private static TransformSet.Mode mode(Trans_modeContext m) {
        if (Ctx.has(m, "tunnel")) return TransformSet.Mode.TUNNEL;
        return Ctx.has(m, "require") ? TransformSet.Mode.TRANSPORT_REQUIRE : TransformSet.Mode.TRANSPORT;
    }

    private static void mode(CommandEnv env, TransformSet.Mode m) {
        crypto(env).editTransformSet(target(env, String.class), t -> t.withMode(m));
        env.changed();
    }

    // ---- (ipsec-profile)

    private static void profileMode(CommandRegistry r) {
        r.on(IosParser.RULE_ipsec_profile_set_cmd, Ipsec_profile_set_cmdContext.class, (c, env) -> {
            if (!c.transform_set_name().isEmpty()) {
                profile(env, p -> p.withTransformSets(texts(c.transform_set_name())));
            } else if (Ctx.has(c, "pfs")) {
                profile(env, p -> p.withPfs(pfs(c.pfs_group())));
            } else if (c.ipsec_sa_seconds() != null) {
                profile(env, p -> p.withSa(p.sa().withLifetimeSeconds(integer(c.ipsec_sa_seconds()))));
            } else if (c.ipsec_sa_kilobytes() != null) {
                profile(env, p -> p.withSa(p.sa().withLifetimeKilobytes(Ctx.number(c.ipsec_sa_kilobytes()))));
            } else if (c.ipsec_sa_idle() != null) {
                profile(env, p -> p.withSa(p.sa().withIdleTime(integer(c.ipsec_sa_idle()))));
            } else if (c.isakmp_profile_name() != null) {
                profile(env, p -> p.withIsakmpProfile(text(c.isakmp_profile_name())));
            } else {
                profile(env, p -> p.withIkev2Profile(text(c.ikev2_profile_name())));
            }
        });
        r.on(IosParser.RULE_ipsec_profile_responder_cmd, Ipsec_profile_responder_cmdContext.class,
                (c, env) -> profile(env, p -> p.withResponderOnly(!off(env))));
        r.on(IosParser.RULE_ipsec_profile_description_cmd, Ipsec_profile_description_cmdContext.class,
                (c, env) -> profile(env, p -> p.withDescription(text(c.ipsec_profile_description()))));
        r.on(IosParser.RULE_ipsec_profile_exit_cmd, Ipsec_profile_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_ipsec_profile_sub_cmd, No_ipsec_profile_sub_cmdContext.class, (c, env) -> {
            if (c.ipsec_profile_responder_cmd() != null) {
                profile(env, p -> p.withResponderOnly(false));
            } else if (Ctx.has(c, "description")) {
                profile(env, p -> p.withDescription(null));
            } else if (Ctx.has(c, "transform-set")) {
                profile(env, p -> p.withTransformSets(p.name().equals("default") ? List.of("default") : List.of()));
            } else if (Ctx.has(c, "pfs")) {
                profile(env, p -> p.withPfs(null));
            } else if (Ctx.has(c, "seconds")) {
                profile(env, p -> p.withSa(p.sa().withLifetimeSeconds(0)));
            } else if (Ctx.has(c, "kilobytes")) {
                profile(env, p -> p.withSa(p.sa().withLifetimeKilobytes(0)));
            } else if (Ctx.has(c, "idle-time")) {
                profile(env, p -> p.withSa(p.sa().withIdleTime(0)));
            } else if (Ctx.has(c, "isakmp-profile")) {
                profile(env, p -> p.withIsakmpProfile(null));
            } else {
                profile(env, p -> p.withIkev2Profile(null));
            }
        });
    }

    /** {@code set pfs} without a group means group1 (reference §2.5). */
    static DhGroup pfs(Pfs_groupContext g) {
        if (g == null) return DhGroup.GROUP1;
        return DhGroup.ofNumber(Integer.parseInt(g.getText().substring("group".length()))).orElseThrow();
    }

    private static void profile(CommandEnv env, UnaryOperator<IpsecProfile> change) {
        crypto(env).editIpsecProfile(target(env, String.class), change);
        env.changed();
    }
}
