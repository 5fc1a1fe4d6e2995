package org.ikelab.crypto.dh;

import org.ikelab.common.DecodeResult;
import org.ikelab.common.RandomSource;

/**
 * One Diffie-Hellman group as IKE negotiates it (IANA "Transform Type 4" / IKEv1 group
 * description). Public values travel in KE payloads in the fixed-length form IKE uses: MODP values
 * left-padded to the prime's length, ECP points as x||y without the SEC1 0x04 prefix (RFC 5903).
 */
public interface DhGroup {
    /** IANA group number (1, 2, 5, 14, ... 19, 20, 21, 24). */
    int id();

    /** The keyword IOS uses in configuration, e.g. {@code group 14}. */
    default String iosName() {
        return "group " + id();
    }

    /** The form {@code show crypto isakmp policy} prints, e.g. {@code #14 (2048 bit)}. */
    String showName();

    /** Size of the group in bits (prime or field size). */
    int bits();

    /** Exact length of a KE payload's key exchange data for this group. */
    int publicValueLength();

    /** Exact length of the shared secret g^xy as it enters the IKE key derivation. */
    int sharedSecretLength();

    /** A fresh key pair whose private value comes from {@code random}. */
    DhKeyPair generate(RandomSource random);

    /**
     * A key pair from a known private value (big-endian), for known-answer tests and replaying a
     * key log. The value must be in range for the group.
     */
    DhKeyPair fromPrivate(byte[] privateValue);

    /**
     * A key pair of this group: its public value to send, and agreement with a peer's public
     * value. The peer value comes from the wire, so a bad one is an error value, never an
     * exception ({@code "dh-length"}, {@code "dh-range"}, {@code "dh-not-on-curve"},
     * {@code "dh-subgroup"}).
     */
    interface DhKeyPair {
        DhGroup group();

        /** The public value in IKE KE-payload form (a copy). */
        byte[] publicValue();

        DecodeResult<byte[]> agree(byte[] peerPublicValue);
    }
}
