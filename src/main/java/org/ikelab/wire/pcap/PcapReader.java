package org.ikelab.wire.pcap;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.DecodeResult;

/** Reads a classic pcap file held in memory (tests and lab checks read back captures with it). */
public final class PcapReader {
    /** One record: timestamp in microseconds since the epoch, original length, captured bytes. */
    public record Record(long micros, int originalLength, byte[] data) { }

    /** The link type and records, or an error for a file that is not little/big-endian microsecond pcap. */
    public record File(int linkType, List<Record> records) { }

    private PcapReader() {
    }

    public static DecodeResult<File> read(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < PcapWriter.GLOBAL_HEADER_LEN) return DecodeResult.err("truncated", "pcap global header");
        int magic = b.getInt(0);
        if (magic != PcapWriter.MAGIC) {
            b.order(ByteOrder.BIG_ENDIAN);
            if (b.getInt(0) != PcapWriter.MAGIC) return DecodeResult.err("bad-magic", Integer.toHexString(magic));
        }
        int linkType = b.getInt(20);
        List<Record> records = new ArrayList<>();
        int p = PcapWriter.GLOBAL_HEADER_LEN;
        while (p < bytes.length) {
            if (p + PcapWriter.RECORD_HEADER_LEN > bytes.length) return DecodeResult.err("truncated", "record header at " + p);
            long sec = b.getInt(p) & 0xffffffffL;
            long usec = b.getInt(p + 4) & 0xffffffffL;
            int caplen = b.getInt(p + 8);
            int orig = b.getInt(p + 12);
            p += PcapWriter.RECORD_HEADER_LEN;
            if (caplen < 0 || p + caplen > bytes.length) return DecodeResult.err("truncated", "record data at " + p);
            byte[] data = new byte[caplen];
            b.get(p, data);
            p += caplen;
            records.add(new Record(sec * 1_000_000L + usec, orig, data));
        }
        return DecodeResult.ok(new File(linkType, records));
    }
}
