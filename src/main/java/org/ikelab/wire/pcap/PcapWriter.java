package org.ikelab.wire.pcap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ikelab.common.Clock;

/**
 * Classic libpcap file format (microsecond timestamps, little-endian, magic 0xa1b2c3d4).
 * Timestamps come from the {@link Clock}: wall time at creation plus monotonic time since, so
 * a virtual-time run writes reproducible files. Safe to call from several threads (a link's
 * two directions may run on different loops).
 */
public final class PcapWriter implements AutoCloseable {
    public static final int LINKTYPE_ETHERNET = 1;
    public static final int LINKTYPE_RAW = 101;
    public static final int MAGIC = 0xa1b2c3d4;
    public static final int GLOBAL_HEADER_LEN = 24;
    public static final int RECORD_HEADER_LEN = 16;

    private final OutputStream out;
    private final Clock clock;
    private final int snapLen;
    private final long baseWallMicros;
    private final long baseNanos;
    private final ByteBuffer header = ByteBuffer.allocate(RECORD_HEADER_LEN).order(ByteOrder.LITTLE_ENDIAN);
    private byte[] scratch = new byte[2048];
    private long frames;

    public PcapWriter(OutputStream out, Clock clock, int linkType, int snapLen) throws IOException {
        this.out = out;
        this.clock = clock;
        this.snapLen = snapLen;
        this.baseWallMicros = clock.wallMillis() * 1000L;
        this.baseNanos = clock.nanoTime();
        ByteBuffer g = ByteBuffer.allocate(GLOBAL_HEADER_LEN).order(ByteOrder.LITTLE_ENDIAN);
        g.putInt(MAGIC).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(snapLen).putInt(linkType);
        out.write(g.array());
    }

    public PcapWriter(OutputStream out, Clock clock) throws IOException {
        this(out, clock, LINKTYPE_ETHERNET, 65535);
    }

    /** Appends one record with the current time; {@code len} bytes at {@code off} (absolute) of {@code b}. */
    public synchronized void write(ByteBuffer b, int off, int len) throws IOException {
        long micros = baseWallMicros + (clock.nanoTime() - baseNanos) / 1000L;
        int caplen = Math.min(len, snapLen);
        header.clear();
        header.putInt((int) (micros / 1_000_000L)).putInt((int) (micros % 1_000_000L)).putInt(caplen).putInt(len);
        out.write(header.array());
        if (scratch.length < caplen) scratch = new byte[caplen];
        b.get(off, scratch, 0, caplen);
        out.write(scratch, 0, caplen);
        frames++;
    }

    public synchronized long frames() {
        return frames;
    }

    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
