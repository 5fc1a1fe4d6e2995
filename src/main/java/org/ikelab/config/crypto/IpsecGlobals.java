package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * Global {@code crypto ipsec ...} settings: SA lifetimes (defaults 3600 s / 4608000 KB), idle
 * time (0 = off), anti-replay window (64) and DF bit handling ({@code copy}).
 */
public record IpsecGlobals(int lifetimeSeconds, long lifetimeKilobytes, boolean kilobytesDisabled, int idleTimeSeconds,
        int replayWindow, boolean replayDisabled, DfBit dfBit, boolean natTransparency) {
    public static final int DEFAULT_LIFETIME_SECONDS = 3600;
    public static final long DEFAULT_LIFETIME_KILOBYTES = 4608000L;

    /** {@code crypto ipsec df-bit}. */
    public enum DfBit { CLEAR, SET, COPY }

    public static final IpsecGlobals DEFAULTS = new IpsecGlobals(DEFAULT_LIFETIME_SECONDS, DEFAULT_LIFETIME_KILOBYTES,
            false, 0, 64, false, DfBit.COPY, true);

    public IpsecGlobals withLifetimeSeconds(int v) {
        return new IpsecGlobals(v, lifetimeKilobytes, kilobytesDisabled, idleTimeSeconds, replayWindow, replayDisabled,
                dfBit, natTransparency);
    }

    public IpsecGlobals withLifetimeKilobytes(long v) {
        return new IpsecGlobals(lifetimeSeconds, v, false, idleTimeSeconds, replayWindow, replayDisabled, dfBit,
                natTransparency);
    }

    public IpsecGlobals withKilobytesDisabled(boolean v) {
        return new IpsecGlobals(lifetimeSeconds, lifetimeKilobytes, v, idleTimeSeconds, replayWindow, replayDisabled,
                dfBit, natTransparency);
    }

    public IpsecGlobals withIdleTime(int v) {
        return new IpsecGlobals(lifetimeSeconds, lifetimeKilobytes, kilobytesDisabled, v, replayWindow, replayDisabled,
                dfBit, natTransparency);
    }

    public IpsecGlobals withReplayWindow(int v) {
        return new IpsecGlobals(lifetimeSeconds, lifetimeKilobytes, kilobytesDisabled, idleTimeSeconds, v, replayDisabled,
                dfBit, natTransparency);
    }

    public IpsecGlobals withReplayDisabled(boolean v) {
        return new IpsecGlobals(lifetimeSeconds, lifetimeKilobytes, kilobytesDisabled, idleTimeSeconds, replayWindow, v,
                dfBit, natTransparency);
    }

    public IpsecGlobals withDfBit(DfBit v) {
        return new IpsecGlobals(lifetimeSeconds, lifetimeKilobytes, kilobytesDisabled, idleTimeSeconds, replayWindow,
                replayDisabled, v, natTransparency);
    }

    public IpsecGlobals withNatTransparency(boolean v) {
        return new IpsecGlobals(lifetimeSeconds, lifetimeKilobytes, kilobytesDisabled, idleTimeSeconds, replayWindow,
                replayDisabled, dfBit, v);
    }

    /** Non-default lines, printed at the head of the IPsec section. */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        String sa = "crypto ipsec security-association ";
        if (lifetimeSeconds != DEFAULT_LIFETIME_SECONDS) out.add(sa + "lifetime seconds " + lifetimeSeconds);
        if (kilobytesDisabled) {
            out.add(sa + "lifetime kilobytes disable");
        } else if (lifetimeKilobytes != DEFAULT_LIFETIME_KILOBYTES) {
            out.add(sa + "lifetime kilobytes " + lifetimeKilobytes);
        }
        if (idleTimeSeconds > 0) out.add(sa + "idle-time " + idleTimeSeconds);
        if (replayDisabled) {
            out.add(sa + "replay disable");
        } else if (replayWindow != 64) {
            out.add(sa + "replay window-size " + replayWindow);
        }
        if (dfBit != DfBit.COPY) out.add("crypto ipsec df-bit " + dfBit.name().toLowerCase());
        if (!natTransparency) out.add("no crypto ipsec nat-transparency udp-encapsulation");
        return out;
    }
}
