package org.ikelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.config.StartupStore;
import org.ikelab.lab.RouterNode;
import org.ikelab.link.InMemoryLink;
import org.ikelab.wire.Ipv4Address;
import org.junit.jupiter.api.Test;

/** {@code show logging}, {@code logging buffered}, {@code clear logging} and syslog to a {@code logging host}. */
class ShowLoggingTest {
    final VirtualScheduler sched = new VirtualScheduler();

    RouterNode node(String name, String config) throws Exception {
        StartupStore st = StartupStore.memory();
        st.write(config);
        RouterNode n = new RouterNode(name, sched, st, RandomSource.seeded(name.hashCode()));
        assertEquals(List.of(), n.boot());
        return n;
    }

    static final String R1 = """
            hostname R1
            logging buffered 4096 notifications
            logging trap debugging
            interface GigabitEthernet0/0
             ip address 10.0.12.1 255.255.255.0
             no shutdown
            logging host 10.0.12.2
            end
            """;
    static final String R2 = """
            hostname R2
            interface GigabitEthernet0/0
             ip address 10.0.12.2 255.255.255.0
             no shutdown
            end
            """;

    @Test
    void bufferKeepsMessagesAtItsLevelAndHostsGetThemBySyslog() throws Exception {
        RouterNode r1 = node("R1", R1);
        RouterNode r2 = node("R2", R2);
        InMemoryLink.cable(r1.router(), "GigabitEthernet0/0", r2.router(), "GigabitEthernet0/0");
        List<String> received = new ArrayList<>();
        r2.router().udpBind(Ipv4Address.ANY, 514, d -> {
            byte[] b = new byte[d.payload().remaining()];
            d.payload().get(b);
            received.add(new String(b, StandardCharsets.US_ASCII));
        });
        sched.advance(Duration.ofSeconds(5));
        r1.logMessage("%SYS-5-CONFIG_I: Configured from console by console");
        r1.logMessage("ISAKMP:(0): beginning Main Mode exchange");
        r1.logMessage("%CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from 10.0.12.2 failed its sanity check or is malformed");
        sched.advance(Duration.ofSeconds(5));
        r1.logMessage("%SYS-5-CONFIG_I: Configured from console by console");
        sched.advance(Duration.ofSeconds(5));

        List<String> show = ShowLogging.lines(r1.logBuffer(), r1.syslogSent());
        String text = String.join("\n", show);
        assertTrue(text.contains("    Buffer logging:  level notifications, "), text);
        assertTrue(text.contains("    Trap logging: level debugging, "), text);
        assertTrue(text.contains("        Logging to 10.0.12.2  (udp port 514, audit disabled,"), text);
        assertTrue(text.contains("\nLog Buffer (4096 bytes):\n\n"), text);
        List<String> buffer = show.subList(show.indexOf("Log Buffer (4096 bytes):") + 2, show.size());
        assertTrue(buffer.stream().anyMatch(l -> l.endsWith("%CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from 10.0.12.2 failed its sanity check or is malformed")));
        assertTrue(buffer.stream().noneMatch(l -> l.contains("beginning Main Mode")), "debug output is below notifications");
        assertTrue(buffer.stream().allMatch(l -> l.startsWith("*")), "every buffered line carries its stamp");

        // The first messages went out while R1 still had to ARP for the host (IOS drops that
        // datagram); the later ones arrive as IOS sends them: <PRI>SEQ: stamp: message (local7).
        assertTrue(received.stream().anyMatch(m -> m.matches("<189>\\d+: \\*\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}: %SYS-5-CONFIG_I: Configured from console by console")),
                received.toString());
        long sent = r1.syslogSent().get("10.0.12.2");
        assertTrue(sent >= 1 && text.contains("              " + sent + " message lines logged, "), text);
    }

    @Test
    void bufferIsARingOfItsSizeAndClearEmptiesIt() throws Exception {
        RouterNode r1 = node("R1", "hostname R1\nlogging buffered 4096\nend\n");
        for (int i = 0; i < 200; i++) r1.logMessage("%SYS-5-CONFIG_I: Configured from console by vty" + i);
        List<String> lines = r1.logBuffer().lines();
        int bytes = lines.stream().mapToInt(l -> l.length() + 1).sum();
        assertTrue(bytes <= 4096 && bytes > 4096 - 120, "fills up to the size: " + bytes);
        assertTrue(lines.get(lines.size() - 1).endsWith("vty199"), "newest kept");
        r1.logBuffer().clear();
        assertEquals(List.of(), r1.logBuffer().lines());
    }

    @Test
    void noLoggingBufferedShowsItDisabled() throws Exception {
        RouterNode r1 = node("R1", "hostname R1\nno logging buffered\nend\n");
        r1.logMessage("%SYS-5-CONFIG_I: Configured from console by console");
        String text = String.join("\n", ShowLogging.lines(r1.logBuffer(), r1.syslogSent()));
        assertTrue(text.contains("    Buffer logging:  disabled, xml disabled,"), text);
        assertTrue(!text.contains("Log Buffer"), text);
    }
}
