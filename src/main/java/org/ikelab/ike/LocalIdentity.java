package org.ikelab.ike;

/**
 * The identity we send in phase 1 (IDii/IDir, RFC 2407 §4.6.2): our address ({@code crypto
 * isakmp identity address}, the IOS default), our host name ({@code crypto isakmp identity
 * hostname} or a profile's {@code self-identity fqdn}: ID_FQDN), or a profile's
 * {@code self-identity user-fqdn NAME} (ID_USER_FQDN).
 *
 * @param value the FQDN or user FQDN; null for {@link Kind#ADDRESS}
 */
public record LocalIdentity(Kind kind, String value) {
    public enum Kind { ADDRESS, FQDN, USER_FQDN }

    public static final LocalIdentity ADDRESS = new LocalIdentity(Kind.ADDRESS, null);

    public static LocalIdentity fqdn(String name) {
        return new LocalIdentity(Kind.FQDN, name);
    }

    public static LocalIdentity userFqdn(String name) {
        return new LocalIdentity(Kind.USER_FQDN, name);
    }
}
