package org.ikelab.lab;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ikelab.common.RandomSource;
import org.ikelab.common.Scheduler;
import org.ikelab.router.Router;
import org.ikelab.router.UdpSocket;
import org.ikelab.wire.Ipv4Address;

/**
 * Sends log messages to the {@code logging host} servers over the router's own UDP stack, as IOS
 * does: one datagram per message to port 514, text {@code <PRI>SEQ: *stamp: %FAC-SEV-MNEMONIC:
 * text} with facility local7 (PRI = 184 + severity). Sending is deferred to the event loop, so a
 * message logged while a packet is being handled never re-enters the forwarding path.
 */
final class SyslogClient {
    static final int PORT = 514;
    private static final int LOCAL7 = 23 * 8;

    private final Router router;
    private final Scheduler scheduler;
    private final RandomSource random;
    private final Map<String, Long> sentPerHost = new LinkedHashMap<>();
    private UdpSocket socket;
    private long sequence;

    SyslogClient(Router router, Scheduler scheduler, RandomSource random) {
        this.router = router;
        this.scheduler = scheduler;
        this.random = random;
    }

    /** The configured hosts (kept in order; counts survive while a host stays configured). */
    void hosts(List<String> hosts) {
        sentPerHost.keySet().retainAll(hosts);
        for (String h : hosts) sentPerHost.putIfAbsent(h, 0L);
    }

    /** Lines sent to each host, for {@code show logging}. */
    Map<String, Long> sentPerHost() {
        return new LinkedHashMap<>(sentPerHost);
    }

    void send(String stampedLine, int severity) {
        sequence++;
        if (sentPerHost.isEmpty()) return;
        byte[] text = ("<" + (LOCAL7 + severity) + ">" + sequence + ": " + stampedLine).getBytes(StandardCharsets.US_ASCII);
        List<String> hosts = new ArrayList<>(sentPerHost.keySet());
        scheduler.execute(() -> {
            UdpSocket s = socket();
            if (s == null) return;
            for (String h : hosts) {
                if (!sentPerHost.containsKey(h)) continue;
                s.send(Ipv4Address.parse(h), PORT, ByteBuffer.wrap(text));
                sentPerHost.merge(h, 1L, Long::sum);
            }
        });
    }

    /** A socket on an ephemeral port, bound on first use (IOS sends syslog from a high port). */
    private UdpSocket socket() {
        if (socket != null) return socket;
        int start = 49152 + random.nextInt(16384);
        for (int i = 0; i < 64; i++) {
            int port = 49152 + (start - 49152 + i) % 16384;
            try {
                socket = router.udpBind(Ipv4Address.ANY, port, d -> { });
                return socket;
            } catch (IllegalStateException taken) {
                // next port
            }
        }
        return null;
    }
}
