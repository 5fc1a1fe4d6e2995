package org.ikelab.config.crypto;

import java.util.List;

/**
 * The crypto part of a router's configuration. This is the seam the running-config renderer
 * calls; the cryptocfg branch provides the real model. Each method appends its section's lines
 * in IOS order at the place {@code RunningConfigRenderer} documents.
 */
public class CryptoConfig {
    /** {@code crypto pki ...} lines, written before {@code redundancy}. */
    public void renderPki(List<String> out) {
    }

    /** {@code crypto ikev2 ...} lines, written after the separators that follow {@code redundancy}. */
    public void renderIkev2(List<String> out) {
    }

    /** {@code crypto keyring}, {@code crypto isakmp ...} lines, after the IKEv2 section. */
    public void renderIkev1(List<String> out) {
    }

    /** {@code crypto ipsec ...}, {@code crypto dynamic-map}, {@code crypto map} lines, before the interfaces. */
    public void renderIpsec(List<String> out) {
    }
}
