package org.ikelab.lab.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.ikelab.config.StartupStore;
import org.ikelab.lab.InterfaceNames;
import org.ikelab.lab.Lab;
import org.ikelab.lab.RouterNode;
import org.ikelab.router.PingRequest;
import org.ikelab.router.PingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reusable file in {@code topologies/} parses; those without host devices boot cleanly and route. */
class TopologiesFolderTest {
    private static final Path FOLDER = Path.of("topologies");

    @TempDir
    Path tmp;

    private static Topology parse(Path file) {
        TopologyParser.Result r = new TopologyParser(InterfaceNames::canonical).parse(file);
        if (r instanceof TopologyParser.Result.Failed f) throw new AssertionError(file + ": " + f.errors());
        return assertInstanceOf(TopologyParser.Result.Ok.class, r).topology();
    }

    @Test
    void everyTopologyFileParses() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Topology t = parse(f);
                names.add(t.name());
                assertEquals(Topology.DEFAULT_BIND, t.bind(), f.toString());
                assertEquals(5000, t.consoleBase(), f.toString());
                for (NodeSpec n : t.nodes().values()) assertTrue(Files.isRegularFile(t.folder().resolve(n.config())), n.config().toString());
            }
        }
        assertTrue(names.containsAll(List.of("two-routers", "chain5", "site-to-site", "strongswan-tun")), names.toString());
    }

    @Test
    void strongSwanTopologyBridgesEmu0InNamespaceB() {
        Topology t = parse(FOLDER.resolve("strongswan-tun.yaml"));
        assertEquals(new Endpoint.Tun(false, "emu0", "B"), t.links().get(0).b());
    }

    @Test
    void twoRoutersPingEachOthersLoopback() throws Exception {
        assertEquals(100, ping("two-routers.yaml", "R1", "10.0.0.2", "Loopback0").successPercent());
    }

    @Test
    void chainOfFiveReachesTheFarLoopback() throws Exception {
        assertEquals(100, ping("chain5.yaml", "R1", "10.0.0.5", "Loopback0").successPercent());
    }

    @Test
    void siteToSiteHostsPingThroughTheTunnel() throws Exception {
        assertEquals(100, ping("site-to-site.yaml", "H1", "192.168.2.2", null).successPercent());
    }

    /** Boots a copy of the topology (captures land in the copy) on virtual time; the third ping's result. */
    private PingResult ping(String file, String from, String target, String sourceInterface) throws Exception {
        copy(FOLDER, tmp);
        Topology t = parse(tmp.resolve(file));
        try (Lab lab = Lab.start(t, Lab.Options.virtual(1, spec -> store(t, spec)), (node, done, total, report) ->
                assertEquals(List.of(), report, node))) {
            RouterNode n = lab.nodes().get(from);
            lab.simulator().advance(Duration.ofSeconds(2));
            PingRequest req = sourceInterface == null ? PingRequest.to(target) : PingRequest.to(target).withSourceInterface(sourceInterface);
            // The first pings resolve ARP along the path and set up IKE: IOS loses its first echoes
            // too, and an IKE packet lost to ARP is resent only after 10 s.
            for (int i = 0; i < 2; i++) assertTrue(pingOnce(lab, n, req) != null, "warm-up ping finished");
            return pingOnce(lab, n, req);
        }
    }

    private static PingResult pingOnce(Lab lab, RouterNode n, PingRequest req) {
        AtomicReference<PingResult> result = new AtomicReference<>();
        lab.simulator().execute(() -> n.router().ping(req, result::set));
        for (int i = 0; i < 120 && result.get() == null; i++) lab.simulator().advance(Duration.ofSeconds(1));
        assertTrue(result.get() != null, "ping finished");
        return result.get();
    }

    private static StartupStore store(Topology t, NodeSpec spec) {
        StartupStore s = StartupStore.memory();
        try {
            s.write(Files.readString(t.folder().resolve(spec.config())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return s;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path dst = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dst);
                else Files.copy(p, dst);
            }
        }
    }
}
