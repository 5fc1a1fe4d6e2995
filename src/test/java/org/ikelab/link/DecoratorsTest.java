package org.ikelab.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.router.PingRequest;
import org.ikelab.router.PingResult;
import org.ikelab.router.Router;
import org.ikelab.wire.pcap.PcapReader;
import org.ikelab.wire.pcap.PcapWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecoratorsTest {
    VirtualScheduler sched = new VirtualScheduler();

    /** A three-router chain where link R1-R2 is wrapped on R1's side by {@code wrap}. */
    Chain chain(java.util.function.UnaryOperator<org.ikelab.router.L2Port> wrapFirst) {
        Chain c = new Chain(3, (i, n) -> sched, i -> {
            InMemoryLink l = new InMemoryLink();
            return new org.ikelab.router.L2Port[] {i == 0 ? wrapFirst.apply(l.a()) : l.a(), l.b()};
        });
        sched.runUntilIdle(10_000);
        return c;
    }

    PingResult ping(Router r, PingRequest req) {
        List<PingResult> out = new ArrayList<>();
        r.ping(req, out::add);
        sched.advance(Duration.ofSeconds(req.repeat() * (req.timeoutSeconds() + 1L)));
        assertEquals(1, out.size());
        return out.get(0);
    }

    @Test
    void pcapCaptureHasEveryFrameAndTsharkFindsNothingMalformed(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PcapWriter w = new PcapWriter(bytes, sched);
        Chain c = chain(p -> new PcapCapture(p, w));
        sched.advance(Duration.ofMillis(1500));
        assertEquals("!!!!!", ping(c.r(1), PingRequest.to("3.3.3.3").withSourceInterface("Loopback0")).results());
        assertEquals("!!", ping(c.r(1), PingRequest.to("3.3.3.3").withSize(3000).withRepeat(2)).results());
        w.flush();
        PcapReader.File f = PcapReader.read(bytes.toByteArray()).value();
        assertEquals(PcapWriter.LINKTYPE_ETHERNET, f.linkType());
        // ARP request + reply, 5 echo requests + 5 replies, 2 x (3 request fragments + 3 reply fragments).
        assertEquals(2 + 10 + 12, f.records().size());
        assertTrue(f.records().get(0).micros() >= VirtualScheduler.DEFAULT_EPOCH_MILLIS * 1000 + 1_500_000);
        Path file = dir.resolve("r1-r2.pcap");
        Files.write(file, bytes.toByteArray());
        Path tshark = Path.of("/usr/bin/tshark");
        if (Files.isExecutable(tshark)) {
            Process p = new ProcessBuilder(tshark.toString(), "-n", "-r", file.toString(), "-Y", "_ws.malformed || _ws.expert.severity >= 8388608")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals("", out.lines().filter(l -> !l.contains("Running as user")).reduce("", String::concat));
            Process all = new ProcessBuilder(tshark.toString(), "-n", "-r", file.toString()).redirectErrorStream(true).start();
            String list = new String(all.getInputStream().readAllBytes());
            assertTrue(all.waitFor(60, TimeUnit.SECONDS));
            assertTrue(list.contains("Echo (ping) request"), list);
            assertTrue(list.contains("Echo (ping) reply"), list);
        }
    }

    @Test
    void seededLossReplaysExactly() {
        String first = null;
        for (int run = 0; run < 2; run++) {
            sched = new VirtualScheduler();
            Chain c = chain(p -> new ImpairedPort(p, sched, RandomSource.seeded(42), Impairment.NONE.withLoss(0.3)));
            String r = ping(c.r(1), PingRequest.to("3.3.3.3").withRepeat(30)).results();
            assertTrue(r.contains(".") && r.contains("!"), r);
            if (first == null) first = r;
            else assertEquals(first, r);
        }
    }

    @Test
    void delayShowsInRoundTripAndDuplicatesAreHarmless() {
        ImpairedPort[] port = new ImpairedPort[1];
        Chain c = chain(p -> port[0] = new ImpairedPort(p, sched, RandomSource.seeded(1),
                Impairment.NONE.withDelay(Duration.ofMillis(20), Duration.ofMillis(5)).withDuplicate(0.5)));
        PingResult r = ping(c.r(1), PingRequest.to("3.3.3.3").withRepeat(10));
        assertEquals("!!!!!!!!!!", r.results());
        // One way is impaired: 20-25 ms per echo, the first one twice (its ARP request is delayed too).
        assertTrue(r.minMs() >= 20 && r.maxMs() < 50, r.toString());
        assertTrue(port[0].duplicated() > 0);
    }

    @Test
    void reorderingAndLinkDown() {
        ImpairedPort[] port = new ImpairedPort[1];
        Chain c = chain(p -> port[0] = new ImpairedPort(p, sched, RandomSource.seeded(3), Impairment.NONE.withReorder(0.5)));
        assertEquals("!!!!!", ping(c.r(1), PingRequest.to("3.3.3.3")).results());
        assertTrue(port[0].reordered() > 0);
        port[0].setDown(true);
        sched.runUntilIdle(100);
        assertTrue(c.log.stream().anyMatch(l -> l.startsWith("R1 ") && l.endsWith("GigabitEthernet0/1, changed state to down")), c.log.toString());
        assertEquals("UUUUU".length(), ping(c.r(1), PingRequest.to("3.3.3.3")).results().length());
        port[0].setDown(false);
        sched.runUntilIdle(100);
        assertEquals("!!!!!", ping(c.r(1), PingRequest.to("3.3.3.3")).results());
    }

    /** Same seed, same topology: the capture is identical byte for byte, timestamps included (decision 2). */
    @Test
    void impairedRunReplaysToTheSameCaptureBytes() throws Exception {
        byte[] first = null;
        for (int run = 0; run < 2; run++) {
            sched = new VirtualScheduler();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PcapWriter w = new PcapWriter(bytes, sched);
            Chain c = chain(p -> new PcapCapture(new ImpairedPort(p, sched, RandomSource.seeded(9),
                    Impairment.NONE.withLoss(0.2).withDelay(Duration.ofMillis(3), Duration.ofMillis(4)).withDuplicate(0.1).withReorder(0.1)), w));
            ping(c.r(1), PingRequest.to("3.3.3.3").withRepeat(20).withSize(2000));
            w.flush();
            if (first == null) first = bytes.toByteArray();
            else org.junit.jupiter.api.Assertions.assertArrayEquals(first, bytes.toByteArray());
        }
        assertTrue(first.length > 10_000);
    }
}
