package org.ikelab.router;

/** Per-interface counters behind {@code show interfaces}; touched only on the router's thread. */
public final class InterfaceCounters {
    long packetsIn;
    long bytesIn;
    long broadcastsIn;
    long packetsOut;
    long bytesOut;
    long inputErrors;
    long inputQueueDrops;
    long outputDrops;
    long unknownProtocolDrops;
    long lastInputNanos = -1;
    long lastOutputNanos = -1;

    public long packetsIn() { return packetsIn; }
    public long bytesIn() { return bytesIn; }
    public long broadcastsIn() { return broadcastsIn; }
    public long packetsOut() { return packetsOut; }
    public long bytesOut() { return bytesOut; }
    public long inputErrors() { return inputErrors; }
    public long inputQueueDrops() { return inputQueueDrops; }
    public long outputDrops() { return outputDrops; }
    public long unknownProtocolDrops() { return unknownProtocolDrops; }
    /** Clock time of the last received frame, or -1 for never. */
    public long lastInputNanos() { return lastInputNanos; }
    /** Clock time of the last sent frame, or -1 for never. */
    public long lastOutputNanos() { return lastOutputNanos; }

    void clear() {
        packetsIn = bytesIn = broadcastsIn = packetsOut = bytesOut = 0;
        inputErrors = inputQueueDrops = outputDrops = unknownProtocolDrops = 0;
    }
}
