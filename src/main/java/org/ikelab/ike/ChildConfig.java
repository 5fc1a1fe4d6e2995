package org.ikelab.ike;

/**
 * One quick-mode offer compiled from a crypto map entry or IPsec profile: the transform set,
 * the proxies (crypto ACL line), PFS and lifetimes. Values are IPsec DOI numbers.
 *
 * @param pfsGroup          DH group for PFS, 0 without {@code set pfs}
 * @param encapsulationMode 1 tunnel, 2 transport
 */
public record ChildConfig(int protocol, int transformId, int keyLengthBits, int authAlgorithm, int encapsulationMode,
        byte[] localSubnet, byte[] localMask, byte[] remoteSubnet, byte[] remoteMask, int pfsGroup,
        long lifetimeSeconds, long lifetimeKilobytes) {
    public static final long DEFAULT_LIFETIME_SECONDS = 3600;
    public static final long DEFAULT_LIFETIME_KILOBYTES = 4608000;
}
