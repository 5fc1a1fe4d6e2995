package org.ikelab.ike;

import java.util.Arrays;

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
 * @param pfsGroup          DH group for PFS, 0 without {@code set pfs}
 */
public record ChildConfig(int protocol, int transformId, int keyLengthBits, int authAlgorithm, int encapsulationMode,
        byte[] localSubnet, byte[] localMask, byte[] remoteSubnet, byte[] remoteMask, int pfsGroup,
        long lifetimeSeconds, long lifetimeKilobytes) {
    public static final long DEFAULT_LIFETIME_SECONDS = 3600;
    public static final long DEFAULT_LIFETIME_KILOBYTES = 4608000;

    public ChildConfig {
        localSubnet = localSubnet.clone();
        localMask = localMask.clone();
        remoteSubnet = remoteSubnet.clone();
        remoteMask = remoteMask.clone();
    }

    /** Whether our local proxy covers {@code addr/mask} (the peer's view of our side). */
    public boolean localCovers(byte[] addr, byte[] mask) {
        return covers(localSubnet, localMask, addr, mask);
    }

    /** Whether our remote proxy covers {@code addr/mask} (the peer's view of its side). */
    public boolean remoteCovers(byte[] addr, byte[] mask) {
        return covers(remoteSubnet, remoteMask, addr, mask);
    }

    /** IOS accepts a proposal whose proxies are a subset of its own ACL (ios-crypto-reference §5.4). */
    static boolean covers(byte[] net, byte[] netMask, byte[] addr, byte[] mask) {
        if (net.length != addr.length || mask.length != netMask.length) return false;
        for (int i = 0; i < net.length; i++) {
            if ((mask[i] & netMask[i]) != netMask[i]) return false;     // other must be at least as specific
            if ((addr[i] & netMask[i]) != (net[i] & netMask[i])) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return "ChildConfig[proto " + protocol + " transform " + transformId + "/" + keyLengthBits + " auth "
                + authAlgorithm + " mode " + encapsulationMode + " " + Arrays.toString(localSubnet) + " -> "
                + Arrays.toString(remoteSubnet) + " pfs " + pfsGroup + "]";
    }
}
