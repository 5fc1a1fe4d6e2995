package org.ikelab.ike;

/**
 * One {@code crypto ipsec transform-set} as quick mode offers it: one protocol with its
 * algorithms and the set's mode. Values are IPsec DOI numbers (RFC 2407 §4.4-4.5).
 *
 * @param protocol          3 ESP, 2 AH
 * @param transformId       ESP/AH transform id (12 ESP_AES, 3 ESP_3DES, ...)
 * @param keyLengthBits     AES key length, 0 when the transform has a fixed key
 * @param authAlgorithm     1 HMAC-MD5, 2 HMAC-SHA, 5-7 HMAC-SHA2; 0 for AEAD
 * @param encapsulationMode 1 tunnel, 2 transport (UDP encapsulation is chosen when NAT is detected)
 */
public record ChildTransform(int protocol, int transformId, int keyLengthBits, int authAlgorithm, int encapsulationMode) {
}
