package org.ikelab.ike;

/**
 * One {@code crypto ipsec transform-set} as quick mode offers it: one protocol with its
 * algorithms and the set's mode. Values are IPsec DOI numbers (RFC 2407 §4.4-4.5). A set with
 * both AH and ESP ({@code ah-sha-hmac esp-aes esp-sha-hmac}) is this ESP part carrying its AH
 * part in {@code ah}: quick mode offers the two as one proposal number (RFC 2408 §4.2) and
 * installs both SAs as a bundle.
 *
 * @param protocol          3 ESP, 2 AH
 * @param transformId       ESP/AH transform id (12 ESP_AES, 3 ESP_3DES, ...)
 * @param keyLengthBits     AES key length, 0 when the transform has a fixed key
 * @param authAlgorithm     1 HMAC-MD5, 2 HMAC-SHA, 5-7 HMAC-SHA2; 0 for AEAD
 * @param encapsulationMode 1 tunnel, 2 transport (UDP encapsulation is chosen when NAT is detected)
 * @param ah                the AH part of an AH+ESP set, null otherwise
 */
public record ChildTransform(int protocol, int transformId, int keyLengthBits, int authAlgorithm, int encapsulationMode,
        ChildTransform ah) {
    /** A set of one protocol. */
    public ChildTransform(int protocol, int transformId, int keyLengthBits, int authAlgorithm, int encapsulationMode) {
        this(protocol, transformId, keyLengthBits, authAlgorithm, encapsulationMode, null);
    }
}
