package org.ikelab.parse;

import static org.ikelab.parse.CryptoCommands.crypto;
import static org.ikelab.parse.CryptoCommands.integer;
import static org.ikelab.parse.CryptoCommands.reply;
import static org.ikelab.parse.CryptoCommands.target;
import static org.ikelab.parse.CryptoCommands.text;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ikelab.config.crypto.PkiServer;
import org.ikelab.config.crypto.PkiTrustpoint;
import org.ikelab.parse.gen.IosParser;
import org.ikelab.parse.gen.IosParser.*;

/** Handlers of {@code crypto key ...}, {@code crypto pki trustpoint|server} and their sub-modes. */
final class CryptoPkiCommands {
    private CryptoPkiCommands() {}

    static void register(CommandRegistry r) {
        r.on(IosParser.RULE_crypto_key_generate_cmd, Crypto_key_generate_cmdContext.class, (c, env) -> {
            String label = null;
            Integer modulus = null;
            boolean usage = false;
            boolean exportable = false;
            for (Rsa_optionContext o : c.rsa_option()) {
                if (o.rsa_label() != null) label = text(o.rsa_label());
                if (o.rsa_modulus() != null) modulus = integer(o.rsa_modulus());
                if (Ctx.has(o, "usage-keys")) usage = true;
                if (Ctx.has(o, "general-keys")) usage = false;
                if (Ctx.has(o, "exportable")) exportable = true;
            }
            RsaKeyCommands.generate(env, new RsaKeyCommands.Request(label, modulus, usage, exportable));
        });
        r.on(IosParser.RULE_crypto_key_zeroize_cmd, Crypto_key_zeroize_cmdContext.class,
                (c, env) -> RsaKeyCommands.zeroize(env, text(c.rsa_label())));
        r.on(IosParser.RULE_crypto_pki_cmd, Crypto_pki_cmdContext.class, (c, env) -> {
            if (c.pki_trustpoint_name() != null) {
                String n = text(c.pki_trustpoint_name());
                reply(env, crypto(env).enterTrustpoint(n));
                env.enter(CryptoModes.CA_TRUSTPOINT, n);
            } else {
                String n = text(c.pki_server_name());
                reply(env, crypto(env).enterPkiServer(n));
                env.enter(CryptoModes.CS_SERVER, n);
            }
        });
        r.on(IosParser.RULE_no_crypto_pki_cmd, No_crypto_pki_cmdContext.class, (c, env) -> {
            if (c.pki_trustpoint_name() != null) {
                crypto(env).removeTrustpoint(text(c.pki_trustpoint_name()));
            } else {
                crypto(env).removePkiServer(text(c.pki_server_name()));
            }
            env.changed();
        });
        trustpointMode(r);
        serverMode(r);
    }

    private static void trustpointMode(CommandRegistry r) {
        r.on(IosParser.RULE_tp_enrollment_cmd, Tp_enrollment_cmdContext.class, (c, env) -> {
            String v = c.tp_url() != null ? "url " + text(c.tp_url()) : Ctx.has(c, "selfsigned") ? "selfsigned"
                    : Ctx.has(c, "pem") ? "terminal pem" : "terminal";
            tp(env, t -> t.withEnrollment(v));
        });
        r.on(IosParser.RULE_tp_serial_cmd, Tp_serial_cmdContext.class,
                (c, env) -> tp(env, t -> t.withSerialNumber(Ctx.has(c, "none") ? "none" : "")));
        r.on(IosParser.RULE_tp_fqdn_cmd, Tp_fqdn_cmdContext.class, (c, env) -> tp(env, t -> t.withFqdn(text(c.tp_fqdn()))));
        r.on(IosParser.RULE_tp_ip_address_cmd, Tp_ip_address_cmdContext.class, (c, env) -> {
            String v = c.tp_ip() != null ? text(c.tp_ip()) : c.interface_name() != null
                    ? Ctx.ifName(c.interface_name()).toString() : "none";
            tp(env, t -> t.withIpAddress(v));
        });
        r.on(IosParser.RULE_tp_subject_name_cmd, Tp_subject_name_cmdContext.class,
                (c, env) -> tp(env, t -> t.withSubjectName(text(c.tp_subject()))));
        r.on(IosParser.RULE_tp_subject_alt_name_cmd, Tp_subject_alt_name_cmdContext.class,
                (c, env) -> tp(env, t -> t.withSubjectAltName(text(c.tp_alt_name()))));
        r.on(IosParser.RULE_tp_revocation_cmd, Tp_revocation_cmdContext.class, (c, env) -> tp(env,
                t -> t.withRevocation(c.tp_revocation_method().stream().map(m -> m.getText()).distinct().toList())));
        r.on(IosParser.RULE_tp_rsakeypair_cmd, Tp_rsakeypair_cmdContext.class, (c, env) -> tp(env,
                t -> t.withRsaKeypair(text(c.rsa_label()) + (c.tp_key_size() == null ? "" : " " + text(c.tp_key_size())))));
        r.on(IosParser.RULE_tp_auto_enroll_cmd, Tp_auto_enroll_cmdContext.class, (c, env) -> tp(env, t -> t.withAutoEnroll(true)));
        r.on(IosParser.RULE_tp_exit_cmd, Tp_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_tp_sub_cmd, No_tp_sub_cmdContext.class, (c, env) -> {
            switch (Ctx.token(c, 0)) {
                case "enrollment" -> tp(env, t -> t.withEnrollment(null));
                case "serial-number" -> tp(env, t -> t.withSerialNumber(null));
                case "fqdn" -> tp(env, t -> t.withFqdn(null));
                case "ip-address" -> tp(env, t -> t.withIpAddress(null));
                case "subject-name" -> tp(env, t -> t.withSubjectName(null));
                case "subject-alt-name" -> tp(env, t -> t.withSubjectAltName(null));
                case "revocation-check" -> tp(env, t -> t.withRevocation(env.defaulted() ? List.of("crl") : List.of()));
                case "rsakeypair" -> tp(env, t -> t.withRsaKeypair(null));
                default -> tp(env, t -> t.withAutoEnroll(false));
            }
        });
    }

    private static void tp(CommandEnv env, UnaryOperator<PkiTrustpoint> change) {
        crypto(env).editTrustpoint(target(env, String.class), change);
        env.changed();
    }

    private static void serverMode(CommandRegistry r) {
        r.on(IosParser.RULE_cs_issuer_cmd, Cs_issuer_cmdContext.class, (c, env) -> cs(env, s -> s.withIssuerName(text(c.cs_issuer()))));
        r.on(IosParser.RULE_cs_grant_cmd, Cs_grant_cmdContext.class, (c, env) -> cs(env, s -> s.withGrant(Ctx.token(c, 1))));
        r.on(IosParser.RULE_cs_lifetime_cmd, Cs_lifetime_cmdContext.class,
                (c, env) -> cs(env, s -> s.withLifetime(Ctx.token(c, 1), text(c.cs_lifetime()))));
        r.on(IosParser.RULE_cs_database_cmd, Cs_database_cmdContext.class, (c, env) -> {
            if (Ctx.has(c, "level")) {
                cs(env, s -> s.withDatabaseLevel(Ctx.token(c, 2)));
            } else if (c.cs_db_url() != null) {
                cs(env, s -> s.withDatabaseUrl(text(c.cs_db_url())));
            } else {
                cs(env, s -> s.withDatabaseArchive(true));
            }
        });
        r.on(IosParser.RULE_cs_shutdown_cmd, Cs_shutdown_cmdContext.class, (c, env) -> cs(env, s -> s.withShutdown(true)));
        r.on(IosParser.RULE_cs_exit_cmd, Cs_exit_cmdContext.class, (c, env) -> env.exitMode());
        r.on(IosParser.RULE_no_cs_sub_cmd, No_cs_sub_cmdContext.class, (c, env) -> {
            if (c.cs_shutdown_cmd() != null) {
                // "no shutdown" starts the server; "default shutdown" returns to the shut state.
                if (env.negated()) PkiServerDialog.noShutdown(env, target(env, String.class));
                else cs(env, s -> s.withShutdown(true));
                return;
            }
            switch (Ctx.token(c, 0)) {
                case "issuer-name" -> cs(env, s -> s.withIssuerName(null));
                case "grant" -> cs(env, s -> s.withGrant(null));
                case "lifetime" -> cs(env, s -> s.withLifetime(Ctx.token(c, 1), null));
                default -> {
                    String what = Ctx.token(c, 1);
                    if ("archive".equals(what)) cs(env, s -> s.withDatabaseArchive(false));
                    else if ("url".equals(what)) cs(env, s -> s.withDatabaseUrl(null));
                    else cs(env, s -> s.withDatabaseLevel("minimum"));
                }
            }
        });
    }

    private static void cs(CommandEnv env, UnaryOperator<PkiServer> change) {
        crypto(env).editPkiServer(target(env, String.class), change);
        env.changed();
    }
}
