package org.ikelab.ike.v1;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal client of strongSwan's VICI protocol (the charon control socket swanctl uses), just
 * enough for the setup-rate bench: named commands with flat key/value arguments, event
 * registration, and reading packets with a deadline. Every read is bounded by a deadline, so a
 * silent charon cannot hang the bench.
 *
 * <pre>
 * transport: | length (32 bit, big endian) | packet ... |
 * packet:    | type (8) | [name length (8) | name] | message elements ... |
 * element:   KEY_VALUE = | 3 | name length (8) | name | value length (16) | value |
 *            SECTION_START 1 (named), SECTION_END 2, LIST_START 4 (named), LIST_ITEM 5 (16-bit value), LIST_END 6
 * </pre>
 */
final class ViciClient implements AutoCloseable {
    static final int CMD_REQUEST = 0;
    static final int CMD_RESPONSE = 1;
    static final int CMD_UNKNOWN = 2;
    static final int EVENT_REGISTER = 3;
    static final int EVENT_CONFIRM = 5;
    static final int EVENT_UNKNOWN = 6;
    static final int EVENT = 7;

    /** One received packet: its type, its name (events only) and its key/values flattened to "section.key". */
    record Packet(int type, String name, Map<String, String> values) { }

    private final SocketChannel channel;
    private final Selector selector;
    private ByteBuffer in = ByteBuffer.allocate(1 << 16);

    private ViciClient(SocketChannel channel) throws IOException {
        this.channel = channel;
        channel.configureBlocking(false);
        this.selector = Selector.open();
        channel.register(selector, SelectionKey.OP_READ);
    }

    /** Connects to the unix socket at {@code path}, retrying until {@code deadlineNanos} (charon may still be starting). */
    static ViciClient connect(Path path, long deadlineNanos) throws IOException, InterruptedException {
        IOException last = null;
        while (System.nanoTime() < deadlineNanos) {
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                ch.connect(UnixDomainSocketAddress.of(path));
                return new ViciClient(ch);
            } catch (IOException e) {
                ch.close();
                last = e;
                Thread.sleep(20);
            }
        }
        throw new IOException("no vici socket at " + path, last);
    }

    /** Sends a named command with flat key/value arguments; does not wait for the response. */
    void command(String name, Map<String, String> args) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4096);
        b.putInt(0).put((byte) CMD_REQUEST);
        putName(b, name);
        for (Map.Entry<String, String> e : args.entrySet()) {
            byte[] v = e.getValue().getBytes(StandardCharsets.US_ASCII);
            b.put((byte) 3);
            putName(b, e.getKey());
            b.putShort((short) v.length).put(v);
        }
        send(b);
    }

    /** Registers for a named event; the EVENT_CONFIRM comes back through {@link #read}. */
    void register(String event) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(300);
        b.putInt(0).put((byte) EVENT_REGISTER);
        putName(b, event);
        send(b);
    }

    private void send(ByteBuffer b) throws IOException {
        b.putInt(0, b.position() - 4);
        b.flip();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (b.hasRemaining()) {
            if (channel.write(b) == 0) {
                if (System.nanoTime() > deadline) throw new IOException("vici write stalled");
                Thread.onSpinWait();
            }
        }
    }

    private static void putName(ByteBuffer b, String name) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        b.put((byte) n.length).put(n);
    }

    /** The next packet, or null when none arrived before {@code deadlineNanos}. */
    Packet read(long deadlineNanos) throws IOException {
        while (true) {
            Packet p = parseBuffered();
            if (p != null) return p;
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) return null;
            selector.select(Math.max(1, left / 1_000_000));
            selector.selectedKeys().clear();
            if (!in.hasRemaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
                in.flip();
                bigger.put(in);
                in = bigger;
            }
            if (channel.read(in) < 0) throw new IOException("vici socket closed");
        }
    }

    /** Reads until a command response arrives (events in between are returned in {@code events}). */
    Packet response(long deadlineNanos, List<Packet> events) throws IOException {
        while (true) {
            Packet p = read(deadlineNanos);
            if (p == null) throw new IOException("no vici response in time");
            if (p.type() == EVENT) {
                events.add(p);
            } else {
                return p;
            }
        }
    }

    private Packet parseBuffered() {
        if (in.position() < 4) return null;
        int len = in.getInt(0);
        if (in.position() < 4 + len) return null;
        ByteBuffer pkt = ByteBuffer.wrap(in.array(), 4, len).slice();
        int type = pkt.get() & 0xff;
        String name = null;
        if (type == EVENT || type == CMD_REQUEST || type == EVENT_REGISTER) name = name(pkt);
        Map<String, String> values = new LinkedHashMap<>();
        List<String> path = new ArrayList<>();
        while (pkt.hasRemaining()) {
            int el = pkt.get() & 0xff;
            switch (el) {
                case 1 -> path.add(name(pkt));
                case 2 -> { if (!path.isEmpty()) path.removeLast(); }
                case 3 -> {
                    String k = name(pkt);
                    values.put(prefix(path) + k, value(pkt));
                }
                case 4 -> path.add(name(pkt));
                case 5 -> values.merge(prefix(path).replaceAll("\\.$", ""), value(pkt), (a, b) -> a + "," + b);
                case 6 -> { if (!path.isEmpty()) path.removeLast(); }
                default -> pkt.position(pkt.limit()); // unknown element: ignore the rest
            }
        }
        // Drop the consumed packet from the buffer.
        int consumed = 4 + len;
        in.flip();
        in.position(consumed);
        in.compact();
        return new Packet(type, name, values);
    }

    private static String prefix(List<String> path) {
        return path.isEmpty() ? "" : String.join(".", path) + ".";
    }

    private static String name(ByteBuffer b) {
        int n = b.get() & 0xff;
        byte[] s = new byte[n];
        b.get(s);
        return new String(s, StandardCharsets.US_ASCII);
    }

    private static String value(ByteBuffer b) {
        int n = b.getShort() & 0xffff;
        byte[] s = new byte[n];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            selector.close();
            channel.close();
        } catch (IOException e) {
            // closing a socket to a charon we are about to kill: nothing to do
        }
    }
}
