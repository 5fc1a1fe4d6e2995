package org.ikelab.ike;

/**
 * One {@code crypto isakmp policy} as IKEv1 negotiates it; values are the RFC 2409 Appendix A
 * attribute values (encryption 1 DES / 5 3DES / 7 AES, hash 1 MD5 / 2 SHA / 4-6 SHA-2, auth 1
 * pre-share, DH group number). The IOS defaults are those of a fresh policy.
 *
 * @param keyLengthBits AES key length (128, 192, 256); 0 for DES/3DES
 */
public record Phase1Proposal(int priority, int encryption, int keyLengthBits, int hash, int authMethod, int group,
        long lifetimeSeconds) {
    public static final long DEFAULT_LIFETIME = 86400;

    /** Whether an offered transform matches this policy (lifetime aside). */
    public boolean sameAlgorithms(Phase1Proposal o) {
        return encryption == o.encryption && keyLengthBits == o.keyLengthBits && hash == o.hash
                && authMethod == o.authMethod && group == o.group;
    }
}
