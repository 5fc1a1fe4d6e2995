package org.ikelab.router;

import org.ikelab.wire.Ipv4Address;

/**
 * {@code ping TARGET [repeat N] [size N] [source ADDR|IF] [timeout S] [df-bit]}. {@code size}
 * is the whole IP datagram, as IOS counts it ("100-byte ICMP Echos"). {@code source} and
 * {@code sourceInterface} are null when not given (then the exit interface's address is used).
 */
public record PingRequest(Ipv4Address target, int repeat, int size, Ipv4Address source, String sourceInterface,
                          int timeoutSeconds, boolean dfBit) {
    public static final int MIN_SIZE = 36;
    public static final int MAX_SIZE = 18024;

    public PingRequest {
        if (repeat < 1) throw new IllegalArgumentException("repeat " + repeat);
        if (size < MIN_SIZE || size > MAX_SIZE) throw new IllegalArgumentException("size " + size);
        if (timeoutSeconds < 0) throw new IllegalArgumentException("timeout " + timeoutSeconds);
    }

    /** IOS defaults: 5 echos of 100 bytes, 2 seconds timeout. */
    public static PingRequest to(String target) {
        return new PingRequest(Ipv4Address.parse(target), 5, 100, null, null, 2, false);
    }

    public PingRequest withRepeat(int n) { return new PingRequest(target, n, size, source, sourceInterface, timeoutSeconds, dfBit); }
    public PingRequest withSize(int n) { return new PingRequest(target, repeat, n, source, sourceInterface, timeoutSeconds, dfBit); }
    public PingRequest withSource(Ipv4Address a) { return new PingRequest(target, repeat, size, a, null, timeoutSeconds, dfBit); }
    public PingRequest withSourceInterface(String i) { return new PingRequest(target, repeat, size, null, i, timeoutSeconds, dfBit); }
    public PingRequest withTimeout(int s) { return new PingRequest(target, repeat, size, source, sourceInterface, s, dfBit); }
    public PingRequest withDfBit(boolean df) { return new PingRequest(target, repeat, size, source, sourceInterface, timeoutSeconds, df); }
}
