package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code crypto ikev2 profile NAME}: selected on the responder by its {@code match} statements;
 * says how each side authenticates and where the keys are.
 *
 * @param identityLocal text after {@code identity local} ({@code fqdn R1.NWL.LAB}, {@code dn},
 *     {@code address 10.1.1.1}), null = the IP address (IOS default)
 * @param authRemote remote methods in order typed ({@code pre-share}, {@code rsa-sig}, ...)
 * @param authLocal the local method, null when unset
 * @param lifetimeSeconds 0 = default 86400
 * @param dpdInterval 0 = DPD off
 */
public record Ikev2Profile(String name, String description, List<Match> matches, String identityLocal,
        List<String> authRemote, String authRemoteKey, String authLocal, String authLocalKey, String keyringLocal,
        List<String> trustpoints, int lifetimeSeconds, int dpdInterval, int dpdRetry, String dpdMode,
        int virtualTemplate, String aaaPskList) {
    public Ikev2Profile {
        matches = List.copyOf(matches);
        authRemote = List.copyOf(authRemote);
        trustpoints = List.copyOf(trustpoints);
    }

    public static final int DEFAULT_LIFETIME = 86400;

    public static final List<String> INCOMPLETE_WARNING = List.of(
            "IKEv2 profile MUST have:",
            "   1. A local and a remote authentication method.",
            "   2. A match identity or a match certificate or match any statement.");

    /** One {@code match ...} statement. */
    public record Match(Kind kind, String value, Ipv4 address, Ipv4 mask) {
        /** The statement types, with the words that follow {@code match}. */
        public enum Kind {
            IDENTITY_ADDRESS("identity remote address"), IDENTITY_FQDN("identity remote fqdn"),
            IDENTITY_FQDN_DOMAIN("identity remote fqdn domain"), IDENTITY_EMAIL("identity remote email"),
            IDENTITY_EMAIL_DOMAIN("identity remote email domain"), IDENTITY_KEY_ID("identity remote key-id"),
            CERTIFICATE("certificate"), ADDRESS_LOCAL("address local"), FVRF("fvrf");

            private final String words;

            Kind(String words) {
                this.words = words;
            }

            public String words() {
                return words;
            }
        }

        public static Match identityAddress(Ipv4 a, Ipv4 m) {
            return new Match(Kind.IDENTITY_ADDRESS, null, a, m);
        }

        public static Match of(Kind k, String value) {
            return new Match(k, value, null, null);
        }

        /** True for the statements that select by the peer's identity or certificate. */
        public boolean isIdentityMatch() {
            return kind != Kind.ADDRESS_LOCAL && kind != Kind.FVRF;
        }

        String render() {
            if (kind == Kind.IDENTITY_ADDRESS) {
                return " match identity remote address " + address + (mask == null ? "" : " " + mask) + " ";
            }
            if (kind == Kind.ADDRESS_LOCAL) return " match address local " + value;
            return " match " + kind.words() + " " + value;
        }
    }

    public static Ikev2Profile named(String name) {
        return new Ikev2Profile(name, null, List.of(), null, List.of(), null, null, null, null, List.of(), 0, 0, 0, null,
                0, null);
    }

    public Ikev2Profile withDescription(String v) {
        return new Ikev2Profile(name, v, matches, identityLocal, authRemote, authRemoteKey, authLocal, authLocalKey,
                keyringLocal, trustpoints, lifetimeSeconds, dpdInterval, dpdRetry, dpdMode, virtualTemplate, aaaPskList);
    }

    public Ikev2Profile withMatches(List<Match> v) {
        return new Ikev2Profile(name, description, v, identityLocal, authRemote, authRemoteKey, authLocal, authLocalKey,
                keyringLocal, trustpoints, lifetimeSeconds, dpdInterval, dpdRetry, dpdMode, virtualTemplate, aaaPskList);
    }

    public Ikev2Profile withIdentityLocal(String v) {
        return new Ikev2Profile(name, description, matches, v, authRemote, authRemoteKey, authLocal, authLocalKey,
                keyringLocal, trustpoints, lifetimeSeconds, dpdInterval, dpdRetry, dpdMode, virtualTemplate, aaaPskList);
    }

    public Ikev2Profile withAuthRemote(List<String> methods, String key) {
        return new Ikev2Profile(name, description, matches, identityLocal, methods, key, authLocal, authLocalKey,
                keyringLocal, trustpoints, lifetimeSeconds, dpdInterval, dpdRetry, dpdMode, virtualTemplate, aaaPskList);
    }

    public Ikev2Profile withAuthLocal(String method, String key) {
        return new Ikev2Profile(name, description, matches, identityLocal, authRemote, authRemoteKey, method, key,
                keyringLocal, trustpoints, lifetimeSeconds, dpdInterval, dpdRetry, dpdMode, virtualTemplate, aaaPskList);
    }

    public Ikev2Profile withKeyringLocal(String v) {
        return new Ikev2Profile(name, description, matches, identityLocal, authRemote, authRemoteKey, authLocal,
                authLocalKey, v, trustpoints, lifetimeSeconds, dpdInterval, dpdRetry, dpdMode, virtualTemplate, aaaPskList);
    }

    public Ikev2Profile withTrustpoints(List<String> v) {
        return new Ikev2Profile(name, description, matches, identityLocal, authRemote, authRemoteKey, authLocal,
                authLocalKey, keyringLocal, v, lifetimeSeconds, dpdInterval, dpdRetry, dpdMode, virtualTemplate, aaaPskList);
    }

    public Ikev2Profile withLifetime(int v) {
        return new Ikev2Profile(name, description, matches, identityLocal, authRemote, authRemoteKey, authLocal,
                authLocalKey, keyringLocal, trustpoints, v, dpdInterval, dpdRetry, dpdMode, virtualTemplate, aaaPskList);
    }

    public Ikev2Profile withDpd(int interval, int retry, String mode) {
        return new Ikev2Profile(name, description, matches, identityLocal, authRemote, authRemoteKey, authLocal,
                authLocalKey, keyringLocal, trustpoints, lifetimeSeconds, interval, retry, mode, virtualTemplate, aaaPskList);
    }

    public Ikev2Profile withVirtualTemplate(int v) {
        return new Ikev2Profile(name, description, matches, identityLocal, authRemote, authRemoteKey, authLocal,
                authLocalKey, keyringLocal, trustpoints, lifetimeSeconds, dpdInterval, dpdRetry, dpdMode, v, aaaPskList);
    }

    public Ikev2Profile withAaaPskList(String v) {
        return new Ikev2Profile(name, description, matches, identityLocal, authRemote, authRemoteKey, authLocal,
                authLocalKey, keyringLocal, trustpoints, lifetimeSeconds, dpdInterval, dpdRetry, dpdMode, virtualTemplate, v);
    }

    /** Both authentication methods and at least one identity/certificate match are configured. */
    public boolean complete() {
        return authLocal != null && !authRemote.isEmpty() && matches.stream().anyMatch(Match::isIdentityMatch);
    }

    public int effectiveLifetime() {
        return lifetimeSeconds == 0 ? DEFAULT_LIFETIME : lifetimeSeconds;
    }

    /** Running-config block; {@code authentication remote} is printed before {@code local} as IOS does. */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto ikev2 profile " + name);
        if (description != null) out.add(" description " + description);
        for (Match m : matches) out.add(m.render());
        if (identityLocal != null) out.add(" identity local " + identityLocal);
        for (String m : authRemote) {
            out.add(" authentication remote " + m + (m.equals("pre-share") && authRemoteKey != null ? " key " + authRemoteKey : ""));
        }
        if (authLocal != null) {
            out.add(" authentication local " + authLocal + (authLocal.equals("pre-share") && authLocalKey != null ? " key " + authLocalKey : ""));
        }
        if (keyringLocal != null) out.add(" keyring local " + keyringLocal);
        for (String tp : trustpoints) out.add(" pki trustpoint " + tp);
        if (lifetimeSeconds != 0) out.add(" lifetime " + lifetimeSeconds);
        if (dpdInterval > 0) out.add(" dpd " + dpdInterval + " " + dpdRetry + " " + dpdMode);
        if (aaaPskList != null) out.add(" aaa authorization group psk list " + aaaPskList + " default");
        if (virtualTemplate > 0) out.add(" virtual-template " + virtualTemplate);
        return out;
    }
}
