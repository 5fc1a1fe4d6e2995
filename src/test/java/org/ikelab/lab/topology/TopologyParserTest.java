package org.ikelab.lab.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyParserTest {
    private static final Pattern GI = Pattern.compile("(?i)g(?:i(?:g(?:a(?:b(?:i(?:t(?:e(?:t(?:h(?:e(?:r(?:n(?:e(?:t)?)?)?)?)?)?)?)?)?)?)?)?)?)?\\s*(0/[0-3])");

    @TempDir
    Path dir;

    private final TopologyParser parser = new TopologyParser(name -> {
        Matcher m = GI.matcher(name);
        return m.matches() ? Optional.of("GigabitEthernet" + m.group(1)) : Optional.empty();
    });

    @BeforeEach
    void configs() throws IOException {
        Files.writeString(dir.resolve("R1.cfg"), "hostname R1\n");
        Files.writeString(dir.resolve("R2.cfg"), "hostname R2\n");
    }

    private TopologyParser.Result parse(String yaml) {
        return parser.parse(dir.resolve("lab.yaml"), yaml);
    }

    private List<String> errors(String yaml) {
        TopologyParser.Result r = parse(yaml);
        TopologyParser.Result.Failed f = assertInstanceOf(TopologyParser.Result.Failed.class, r);
        return f.errors().stream().map(e -> e.line() + ": " + e.message()).toList();
    }

    @Test
    void parsesTheIssueExample() {
        TopologyParser.Result r = parse("""
                name: three-routers
                nodes:
                  R1: {config: R1.cfg}
                  R2: {config: R2.cfg, console: 5002}
                  R3: {}
                links:
                  - endpoints: [R1:Gi0/0, R2:Gi0/0]
                    capture: r1-r2.pcap
                  - endpoints: [R2:Gi0/1, R3:Gi0/1]
                    impair: {loss: 1%, delay: 2ms}
                  - endpoints: [R3:Gi0/2, "udp:20001:127.0.0.1:20002"]
                  - endpoints: [R1:Gi0/3, "tun:emu0@NETNS"]
                """);
        Topology t = assertInstanceOf(TopologyParser.Result.Ok.class, r).topology();
        assertEquals("three-routers", t.name());
        assertEquals(List.of("R1", "R2", "R3"), List.copyOf(t.nodes().keySet()));
        assertEquals(dir.resolve("R1.cfg"), t.nodes().get("R1").config());
        assertEquals(5002, t.nodes().get("R2").console());
        assertEquals(4, t.links().size());
        assertEquals(new Endpoint.RouterPort("R1", "GigabitEthernet0/0"), t.links().get(0).a());
        assertEquals(dir.resolve("r1-r2.pcap"), t.links().get(0).capture());
        assertEquals(0.01, t.links().get(1).impair().loss(), 1e-9);
        assertEquals(Duration.ofMillis(2), t.links().get(1).impair().delay());
        assertEquals(new Endpoint.Udp("127.0.0.1", 20001, "127.0.0.1", 20002), t.links().get(2).b());
        assertEquals(new Endpoint.Tun(false, "emu0", "NETNS"), t.links().get(3).b());
    }

    @Test
    void unknownTopLevelKey() {
        assertEquals(List.of("2: unknown key 'nodez' in topology (known: bind, console_base, hosts, links, name, nodes, udp_base)",
                        "1: missing key 'nodes'"),
                errors("name: x\nnodez:\n  R1: {}\n"));
    }

    @Test
    void unknownNodeKey() {
        assertEquals(List.of("2: unknown key 'cfg' in node 'R1' (known: config, console, host, kind)"),
                errors("nodes:\n  R1: {cfg: R1.cfg}\n"));
    }

    @Test
    void unknownNodeInLink() {
        assertEquals(List.of("4: endpoint 'R9:Gi0/0': unknown node 'R9'"),
                errors("nodes:\n  R1: {}\nlinks:\n  - endpoints: [R1:Gi0/0, R9:Gi0/0]\n"));
    }

    @Test
    void unknownInterface() {
        assertEquals(List.of("5: endpoint 'R2:Fa0/0': no interface 'Fa0/0' on a router"),
                errors("nodes:\n  R1: {}\n  R2: {}\nlinks:\n  - endpoints: [R1:Gi0/0, R2:Fa0/0]\n"));
    }

    @Test
    void reusedEndpointEvenWhenAbbreviatedDifferently() {
        assertEquals(List.of("7: endpoint R1:GigabitEthernet0/0 is already used by the link at line 6"),
                errors("""
                        nodes:
                          R1: {}
                          R2: {}
                          R3: {}
                        links:
                          - endpoints: [R1:Gi0/0, R2:Gi0/0]
                          - endpoints: [R3:Gi0/1, R1:g0/0]
                        """));
    }

    @Test
    void missingConfigFile() {
        assertEquals(List.of("2: node 'R1': config file not found: nope.cfg"), errors("nodes:\n  R1: {config: nope.cfg}\n"));
    }

    @Test
    void duplicateConsolePort() {
        assertEquals(List.of("3: console port 5001 already used by node 'R1'"),
                errors("nodes:\n  R1: {console: 5001}\n  R2: {console: 5001}\n"));
    }

    @Test
    void badImpairmentValues() {
        assertEquals(List.of("6: loss must be a percentage (e.g. 1%) or a fraction from 0 to 1, not '150%'",
                        "6: delay must be a duration such as 2ms, 500us or 1s (at most 3600s), not 'soon'"),
                errors("nodes:\n  R1: {}\n  R2: {}\nlinks:\n  - endpoints: [R1:Gi0/0, R2:Gi0/0]\n    impair: {loss: 150%, delay: soon}\n"));
    }

    @Test
    void badEndpointSyntaxAndLinkShape() {
        assertEquals(List.of("4: bad endpoint 'udp:1:2' (udp:LPORT:RHOST:RPORT, tun:DEV[@NETNS], tap:DEV[@NETNS])",
                        "5: a link needs 'endpoints' with exactly two entries",
                        "6: a link needs at least one router endpoint"),
                errors("nodes:\n  R1: {}\nlinks:\n  - endpoints: [R1:Gi0/0, \"udp:1:2\"]\n  - endpoints: [R1:Gi0/1]\n  - endpoints: [\"tun:a\", \"tap:b\"]\n"));
    }

    @Test
    void unknownHostAndBadHostAddress() {
        assertEquals(List.of("3: host 'A': '1.2.3' is not an IPv4 address", "5: node 'R1': unknown host 'B'"),
                errors("hosts:\n  A:\n    address: 1.2.3\nnodes:\n  R1: {host: B}\n"));
    }

    @Test
    void invalidYamlNamesTheLine() {
        List<String> e = errors("nodes:\n  R1: {config: [\n");
        assertEquals(1, e.size());
        assertEquals(true, e.get(0).startsWith("3: not valid YAML"), e.get(0));
    }

    @Test
    void noNodes() {
        assertEquals(List.of("1: a topology needs at least one node"), errors("nodes: {}\n"));
    }

    @Test
    void bindAndConsoleBase() {
        TopologyParser.Result r = parse("name: x\nbind: 0.0.0.0\nconsole_base: 6000\nnodes:\n  R1: {}\n");
        Topology t = assertInstanceOf(TopologyParser.Result.Ok.class, r).topology();
        assertEquals("0.0.0.0", t.bind());
        assertEquals(6000, t.consoleBase());
        Topology d = assertInstanceOf(TopologyParser.Result.Ok.class, parse("nodes:\n  R1: {}\n")).topology();
        assertEquals("127.0.0.1", d.bind());
        assertEquals(Topology.DEFAULT_CONSOLE_BASE, d.consoleBase());
    }

    @Test
    void badBindAndConsoleBaseNameTheirLines() {
        assertEquals(List.of("2: bind: 'localhst' is not an IPv4 address (the consoles' listen address, e.g. 127.0.0.1 or 0.0.0.0)",
                        "3: console_base must be a port number from 1 to 65535"),
                errors("name: x\nbind: localhst\nconsole_base: 70000\nnodes:\n  R1: {}\n"));
    }
}
