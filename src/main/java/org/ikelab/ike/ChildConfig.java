package org.ikelab.ike;

/**
 * One quick-mode configuration compiled from a crypto map entry or IPsec profile: one transform
 * (a transform set with one protocol), the proxies (the crypto ACL line, from our side), PFS and
 * lifetimes. Values are IPsec DOI numbers (RFC 2407 §4.4-4.5).
 *
 * @param protocol          3 ESP, 2 AH
 * @param transformId       ESP/AH transform id (12 ESP_AES, 3 ESP_3DES, ...)
 * @param keyLengthBits     AES key length, 0 when the transform has a fixed key
 * @param authAlgorithm     1 HMAC-MD5, 2 HMAC-SHA, 5-7 HMAC-SHA2; 0 for AEAD
 * @param encapsulationMode 1 tunnel, 2 transport (UDP encapsulation is chosen when NAT is detected)
 * @param local             our side of the proxy (the ACL source)
 * @param remote            the peer's side (the ACL destination)
 * @param pfsGroup          DH group for PFS, 0 without {@code set pfs}
 */
public record ChildConfig(int protocol, int transformId, int keyLengthBits, int authAlgorithm, int encapsulationMode,
        TrafficSelector local, TrafficSelector remote, int pfsGroup, long lifetimeSeconds, long lifetimeKilobytes) {
    public static final long DEFAULT_LIFETIME_SECONDS = 3600;
    public static final long DEFAULT_LIFETIME_KILOBYTES = 4608000;
}
