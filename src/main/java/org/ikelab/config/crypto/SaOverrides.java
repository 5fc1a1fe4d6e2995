package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-entry {@code set security-association ...} overrides shared by crypto map entries and IPsec
 * profiles; 0 means "use the global value".
 */
public record SaOverrides(int lifetimeSeconds, long lifetimeKilobytes, int idleTimeSeconds, boolean perHost) {
    public static final SaOverrides NONE = new SaOverrides(0, 0, 0, false);

    public SaOverrides withLifetimeSeconds(int v) {
        return new SaOverrides(v, lifetimeKilobytes, idleTimeSeconds, perHost);
    }

    public SaOverrides withLifetimeKilobytes(long v) {
        return new SaOverrides(lifetimeSeconds, v, idleTimeSeconds, perHost);
    }

    public SaOverrides withIdleTime(int v) {
        return new SaOverrides(lifetimeSeconds, lifetimeKilobytes, v, perHost);
    }

    public SaOverrides withPerHost(boolean v) {
        return new SaOverrides(lifetimeSeconds, lifetimeKilobytes, idleTimeSeconds, v);
    }

    /** Seconds in effect given the global settings. */
    public int effectiveSeconds(IpsecGlobals g) {
        return lifetimeSeconds > 0 ? lifetimeSeconds : g.lifetimeSeconds();
    }

    /** Kilobytes in effect given the global settings. */
    public long effectiveKilobytes(IpsecGlobals g) {
        return lifetimeKilobytes > 0 ? lifetimeKilobytes : g.lifetimeKilobytes();
    }

    List<String> render() {
        List<String> out = new ArrayList<>();
        String p = " set security-association ";
        if (lifetimeSeconds > 0) out.add(p + "lifetime seconds " + lifetimeSeconds);
        if (lifetimeKilobytes > 0) out.add(p + "lifetime kilobytes " + lifetimeKilobytes);
        if (idleTimeSeconds > 0) out.add(p + "idle-time " + idleTimeSeconds);
        if (perHost) out.add(p + "level per-host");
        return out;
    }
}
