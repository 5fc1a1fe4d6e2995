package org.ikelab.wire.isakmp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A decoded payload chain: the reprs in wire order, and for each a read-only view of its exact
 * bytes (generic header included). The views are what IKEv1's hashes are computed over (SAi_b,
 * IDii_b, "the message after HASH"), so they are kept rather than re-encoded.
 */
public final class PayloadChain {
    private final List<Payload> payloads;
    private final List<ByteBuffer> raw;

    PayloadChain(List<Payload> payloads, List<ByteBuffer> raw) {
        this.payloads = List.copyOf(payloads);
        this.raw = List.copyOf(raw);
    }

    public List<Payload> payloads() {
        return payloads;
    }

    public int size() {
        return payloads.size();
    }

    public Payload get(int index) {
        return payloads.get(index);
    }

    public int count(int type) {
        int n = 0;
        for (Payload p : payloads) if (p.type() == type) n++;
        return n;
    }

    /** The first payload of record class {@code kind}. */
    public <T extends Payload> Optional<T> first(Class<T> kind) {
        for (Payload p : payloads) if (kind.isInstance(p)) return Optional.of(kind.cast(p));
        return Optional.empty();
    }

    /** All payloads of record class {@code kind}, in order. */
    public <T extends Payload> List<T> all(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (Payload p : payloads) if (kind.isInstance(p)) out.add(kind.cast(p));
        return out;
    }

    /** Index of the first payload of {@code type}, or -1. */
    public int indexOf(int type) {
        for (int i = 0; i < payloads.size(); i++) if (payloads.get(i).type() == type) return i;
        return -1;
    }

    /** The body (without generic header) of payload {@code index}, as received. */
    public byte[] rawBody(int index) {
        ByteBuffer b = raw.get(index).duplicate();
        byte[] out = new byte[b.remaining() - PayloadCodec.GENERIC_HEADER];
        b.get(PayloadCodec.GENERIC_HEADER, out);
        return out;
    }

    /** The received bytes of every payload after {@code index} (generic headers included, padding excluded). */
    public byte[] bytesAfter(int index) {
        int n = 0;
        for (int i = index + 1; i < raw.size(); i++) n += raw.get(i).remaining();
        byte[] out = new byte[n];
        int pos = 0;
        for (int i = index + 1; i < raw.size(); i++) {
            ByteBuffer b = raw.get(i).duplicate();
            int len = b.remaining();
            b.get(out, pos, len);
            pos += len;
        }
        return out;
    }
}
