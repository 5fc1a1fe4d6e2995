package org.ikelab.cli.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.ikelab.config.StartupStore;
import org.ikelab.ipsec.Direction;
import org.ikelab.ipsec.IpsecSa;
import org.ikelab.lab.InterfaceNames;
import org.ikelab.lab.Lab;
import org.ikelab.lab.RouterNode;
import org.ikelab.lab.topology.Topology;
import org.ikelab.lab.topology.TopologyParser;
import org.ikelab.router.PingRequest;
import org.ikelab.router.PingResult;
import org.junit.jupiter.api.Test;

/**
 * The site-to-site lab on real time, as {@code ./ikelab} runs it: with two cores or more each
 * router seals its large ESP packets on a sibling loop (its crypto helper). 1400-byte echoes
 * through the tunnel all come back, and each router counts every one of them once, as
 * {@code show crypto ipsec sa} would show.
 */
class CryptoHelperLabTest {
    @Test
    void largeEchoesThroughTheTunnelAllComeBackAndAreCountedOnce() throws Exception {
        CryptoNodeFeature.install();
        Path file = Path.of("topologies/site-to-site.yaml");
        TopologyParser.Result r = new TopologyParser(InterfaceNames::canonical).parse(file);
        Topology t = ((TopologyParser.Result.Ok) r).topology();
        try (Lab lab = Lab.start(t, Lab.Options.realTime(spec -> store(t, spec.config())), (node, done, total, report) ->
                assertEquals(List.of(), report, node))) {
            RouterNode h1 = lab.nodes().get("H1");
            RouterNode r1 = lab.nodes().get("R1");
            RouterNode r2 = lab.nodes().get("R2");
            if (Runtime.getRuntime().availableProcessors() >= 2) {
                assertTrue(lab.call(r1, () -> r1.router().cryptoHelper() != null).get(10, TimeUnit.SECONDS), "R1 has a crypto helper");
                assertTrue(lab.call(r2, () -> r2.router().cryptoHelper() != null).get(10, TimeUnit.SECONDS), "R2 has a crypto helper");
            }
            // ARP on every hop first (in clear), so IKE's first packet is not lost to it.
            ping(lab, h1, PingRequest.to("192.168.1.254"));
            ping(lab, r1, PingRequest.to("10.10.10.2"));
            ping(lab, r2, PingRequest.to("192.168.2.2"));
            ping(lab, h1, PingRequest.to("192.168.2.2"));
            long before = counted(lab, r1, Direction.OUTBOUND);
            PingResult big = ping(lab, h1, PingRequest.to("192.168.2.2").withSize(1400).withRepeat(200));
            assertEquals("!".repeat(200), big.results().replace("\n", ""));
            assertEquals(200, counted(lab, r1, Direction.OUTBOUND) - before, "R1 #pkts encaps");
            assertEquals(counted(lab, r1, Direction.OUTBOUND), counted(lab, r2, Direction.INBOUND), "R2 #pkts decaps");
            assertEquals(counted(lab, r2, Direction.OUTBOUND), counted(lab, r1, Direction.INBOUND), "echo replies");
        }
    }

    /** Packets through the node's ESP SAs of one direction (encaps or decaps). */
    private static long counted(Lab lab, RouterNode n, Direction d) throws Exception {
        return lab.call(n, () -> {
            long sum = 0;
            for (IpsecSa sa : CryptoNodeFeature.of(n).engine().dataPlane().sas()) {
                if (sa.config().direction() == d) sum += d == Direction.OUTBOUND ? sa.counters().encaps() : sa.counters().decaps();
            }
            return sum;
        }).get(10, TimeUnit.SECONDS);
    }

    private static PingResult ping(Lab lab, RouterNode n, PingRequest req) throws Exception {
        AtomicReference<PingResult> result = new AtomicReference<>();
        lab.call(n, () -> {
            n.router().ping(req, result::set);
            return Boolean.TRUE;
        }).get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 600 && result.get() == null; i++) Thread.sleep(50);
        assertTrue(result.get() != null, "ping finished");
        return result.get();
    }

    private static StartupStore store(Topology t, Path config) {
        StartupStore s = StartupStore.memory();
        try {
            s.write(Files.readString(t.folder().resolve(config)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return s;
    }
}
