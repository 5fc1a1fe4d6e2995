package org.ikelab.ipsec.status;

import java.util.List;
import java.util.Objects;

/**
 * One IPsec SA in one direction, as listed under {@code inbound esp sas:} (and the other five
 * section headers) of {@code show crypto ipsec sa}.
 *
 * @param spi                 SPI as an unsigned 32-bit value; feeds {@code spi: 0x18906F9D(412118941)}
 * @param transforms          IOS display names of the SA's transforms in transform-set order, e.g.
 *                            {@code [esp-aes, esp-sha-hmac]} or {@code [esp-gcm 256]}
 *                            ({@code esp-aes 256} displays as {@code esp-256-aes}); feeds
 *                            {@code transform: esp-aes esp-sha-hmac ,}
 * @param mode                feeds {@code in use settings ={Tunnel, }}
 * @param udpEncapsulated     NAT-T: feeds {@code ={Tunnel UDP-Encaps, }}
 * @param connId              feeds {@code conn id: 1}; the inbound SA gets the lower id
 * @param flowEngine          engine part of {@code flow_id: SW:1} ({@code SW} for software crypto)
 * @param flowId              number part of {@code flow_id: SW:1}
 * @param siblingFlags        feeds {@code sibling_flags 80000040} (printed as 8 hex digits); opaque
 * @param cryptoMap           feeds {@code crypto map: CRMAP} ({@code Tunnel0-head-0} for VTI/GRE)
 * @param manualKeyed         true for {@code ipsec-manual} SAs: prints {@code no sa timing}
 * @param remainingKilobytes  feeds the k of {@code remaining key lifetime (k/sec): (4224103/1454)}
 * @param remainingSeconds    feeds the sec of the same line
 * @param ivSizeBytes         feeds {@code IV size: 16 bytes} (ESP only; 8 for DES/3DES/GCM)
 * @param replayDetection     feeds {@code replay detection support: Y}
 * @param replayWindowSize    feeds {@code replay window size: 64} of the {@code detail} form
 */
public record IpsecSaEntry(
        long spi,
        List<String> transforms,
        IpsecMode mode,
        boolean udpEncapsulated,
        int connId,
        String flowEngine,
        int flowId,
        long siblingFlags,
        String cryptoMap,
        boolean manualKeyed,
        long remainingKilobytes,
        long remainingSeconds,
        int ivSizeBytes,
        boolean replayDetection,
        int replayWindowSize) {
    public IpsecSaEntry {
        transforms = List.copyOf(transforms);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(flowEngine, "flowEngine");
        Objects.requireNonNull(cryptoMap, "cryptoMap");
    }
}
