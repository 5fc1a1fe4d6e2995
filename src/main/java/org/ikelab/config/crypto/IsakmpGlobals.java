package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * Global IKEv1 settings outside policies and keys.
 *
 * @param keepaliveSeconds DPD interval, 0 = off
 * @param keepaliveRetry DPD retry interval as typed, 0 = not typed (IOS default 2 s)
 * @param keepalivePeriodic {@code periodic} instead of the default on-demand DPD
 * @param natKeepaliveSeconds NAT-T keepalive interval, 0 = off
 * @param invalidSpiRecovery {@code crypto isakmp invalid-spi-recovery} (default off)
 */
public record IsakmpGlobals(boolean enabled, Identity identity, int keepaliveSeconds, int keepaliveRetry,
        boolean keepalivePeriodic, int natKeepaliveSeconds, boolean aggressiveModeDisabled, boolean defaultPolicies,
        boolean invalidSpiRecovery) {

    /** {@code crypto isakmp identity}. */
    public enum Identity {
        ADDRESS("address"), DN("dn"), HOSTNAME("hostname");

        private final String keyword;

        Identity(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    public static final IsakmpGlobals DEFAULTS = new IsakmpGlobals(true, Identity.ADDRESS, 0, 0, false, 0, false, true, false);

    public IsakmpGlobals withEnabled(boolean v) {
        return new IsakmpGlobals(v, identity, keepaliveSeconds, keepaliveRetry, keepalivePeriodic, natKeepaliveSeconds,
                aggressiveModeDisabled, defaultPolicies, invalidSpiRecovery);
    }

    public IsakmpGlobals withIdentity(Identity v) {
        return new IsakmpGlobals(enabled, v, keepaliveSeconds, keepaliveRetry, keepalivePeriodic, natKeepaliveSeconds,
                aggressiveModeDisabled, defaultPolicies, invalidSpiRecovery);
    }

    public IsakmpGlobals withKeepalive(int seconds, int retry, boolean periodic) {
        return new IsakmpGlobals(enabled, identity, seconds, retry, periodic, natKeepaliveSeconds,
                aggressiveModeDisabled, defaultPolicies, invalidSpiRecovery);
    }

    public IsakmpGlobals withNatKeepalive(int seconds) {
        return new IsakmpGlobals(enabled, identity, keepaliveSeconds, keepaliveRetry, keepalivePeriodic, seconds,
                aggressiveModeDisabled, defaultPolicies, invalidSpiRecovery);
    }

    public IsakmpGlobals withAggressiveModeDisabled(boolean v) {
        return new IsakmpGlobals(enabled, identity, keepaliveSeconds, keepaliveRetry, keepalivePeriodic,
                natKeepaliveSeconds, v, defaultPolicies, invalidSpiRecovery);
    }

    public IsakmpGlobals withDefaultPolicies(boolean v) {
        return new IsakmpGlobals(enabled, identity, keepaliveSeconds, keepaliveRetry, keepalivePeriodic,
                natKeepaliveSeconds, aggressiveModeDisabled, v, invalidSpiRecovery);
    }

    public IsakmpGlobals withInvalidSpiRecovery(boolean v) {
        return new IsakmpGlobals(enabled, identity, keepaliveSeconds, keepaliveRetry, keepalivePeriodic,
                natKeepaliveSeconds, aggressiveModeDisabled, defaultPolicies, v);
    }

    /** DPD retry interval in effect (IOS default 2 s). */
    public int effectiveKeepaliveRetry() {
        return keepaliveRetry == 0 ? 2 : keepaliveRetry;
    }

    /** Non-default global lines, in the order they follow the {@code crypto isakmp key} lines. */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        if (!enabled) out.add("no crypto isakmp");
        if (!defaultPolicies) out.add("no crypto isakmp default policy");
        // [recalled] from IOS 15 configs: the line sits just before the keepalive line.
        if (invalidSpiRecovery) out.add("crypto isakmp invalid-spi-recovery");
        if (keepaliveSeconds > 0) {
            out.add("crypto isakmp keepalive " + keepaliveSeconds + (keepaliveRetry > 0 ? " " + keepaliveRetry : "")
                    + (keepalivePeriodic ? " periodic" : ""));
        }
        if (natKeepaliveSeconds > 0) out.add("crypto isakmp nat keepalive " + natKeepaliveSeconds);
        if (identity != Identity.ADDRESS) out.add("crypto isakmp identity " + identity.keyword());
        if (aggressiveModeDisabled) out.add("crypto isakmp aggressive-mode disable");
        return out;
    }
}
