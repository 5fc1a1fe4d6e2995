package org.ikelab.lab.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a topology file and checks it completely before anything starts: every unknown key,
 * unknown node, reused endpoint, bad value and missing file is reported with its line, and a
 * file with any error yields no topology. Works on snakeyaml's node tree (not on plain maps) so
 * that each error can name its line.
 */
public final class TopologyParser {
    private static final Set<String> TOP_KEYS = Set.of("name", "nodes", "links", "hosts", "console_base", "udp_base", "bind");
    private static final Set<String> NODE_KEYS = Set.of("config", "console", "host", "kind");
    private static final Set<String> LINK_KEYS = Set.of("endpoints", "capture", "impair");
    private static final Set<String> IMPAIR_KEYS = Set.of("loss", "delay", "jitter", "duplicate", "reorder", "seed");
    private static final Set<String> HOST_KEYS = Set.of("address");
    private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,62}");
    private static final Pattern ROUTER_PORT = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):(.+)");
    private static final Pattern UDP = Pattern.compile("udp:(\\d+):([^:]+):(\\d+)");
    private static final Pattern TUN = Pattern.compile("(tun|tap):([A-Za-z0-9_.-]{1,15})(?:@([A-Za-z0-9_.-]+))?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(us|ms|s)");

    /** The outcome: a topology, or the complete list of errors. */
    public sealed interface Result {
        record Ok(Topology topology) implements Result { }
        record Failed(List<TopologyError> errors) implements Result { }
    }

    private final Function<String, Optional<String>> interfaceNames;
    private final List<TopologyError> errors = new ArrayList<>();
    private Path file;

    /**
     * @param interfaceNames turns a typed interface name ({@code Gi0/0}, {@code g0/1}) into the
     *     router's canonical one, or empty if the router has no such interface
     */
    public TopologyParser(Function<String, Optional<String>> interfaceNames) {
        this.interfaceNames = interfaceNames;
    }

    public Result parse(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            return new Result.Failed(List.of(new TopologyError(path, 0, "cannot read: " + e.getMessage())));
        }
        return parse(path, text);
    }

    public Result parse(Path path, String text) {
        errors.clear();
        file = path;
        Node root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(path.toString()).build();
            Optional<Node> composed = new Compose(settings).composeString(text);
            if (composed.isEmpty()) {
                error(1, "empty topology file");
                return failed();
            }
            root = composed.get();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            error(line, "not valid YAML: " + e.getProblem());
            return failed();
        } catch (YamlEngineException e) {
            error(1, "not valid YAML: " + e.getMessage());
            return failed();
        }
        if (!(root instanceof MappingNode top)) {
            error(line(root), "a topology file is a mapping with keys name, nodes, links");
            return failed();
        }
        Map<String, Node> topKeys = keys(top, TOP_KEYS, "topology");
        String name = topKeys.containsKey("name") ? scalar(topKeys.get("name"), "name") : stripExtension(path);
        String bind = topKeys.containsKey("bind") ? bindAddress(topKeys.get("bind")) : Topology.DEFAULT_BIND;
        int consoleBase = topKeys.containsKey("console_base") ? port(topKeys.get("console_base"), "console_base") : Topology.DEFAULT_CONSOLE_BASE;
        int udpBase = topKeys.containsKey("udp_base") ? port(topKeys.get("udp_base"), "udp_base") : Topology.DEFAULT_UDP_BASE;
        Map<String, HostSpec> hosts = topKeys.containsKey("hosts") ? hosts(topKeys.get("hosts")) : Map.of();
        Map<String, NodeSpec> nodes = new LinkedHashMap<>();
        if (!topKeys.containsKey("nodes")) {
            error(line(top), "missing key 'nodes'");
        } else {
            nodes = nodes(topKeys.get("nodes"), hosts);
        }
        List<LinkSpec> links = topKeys.containsKey("links") ? links(topKeys.get("links"), nodes) : List.of();
        if (!errors.isEmpty()) return failed();
        return new Result.Ok(new Topology(path, name, nodes, List.copyOf(links), hosts, consoleBase, udpBase, bind));
    }

    private Result failed() {
        return new Result.Failed(List.copyOf(errors));
    }

    private Map<String, HostSpec> hosts(Node n) {
        Map<String, HostSpec> out = new LinkedHashMap<>();
        if (!(n instanceof MappingNode m)) {
            error(line(n), "'hosts' must map host names to {address: A.B.C.D}");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String hostName = scalar(t.getKeyNode(), "host name");
            if (hostName == null) continue;
            if (out.containsKey(hostName)) {
                error(line(t.getKeyNode()), "host '" + hostName + "' defined twice");
                continue;
            }
            Map<String, Node> k = keys(t.getValueNode(), HOST_KEYS, "host '" + hostName + "'");
            String addr = k.containsKey("address") ? scalar(k.get("address"), "address") : null;
            if (addr == null) {
                error(line(t.getValueNode()), "host '" + hostName + "' needs an address");
            } else if (!isIpv4(addr)) {
                error(line(k.get("address")), "host '" + hostName + "': '" + addr + "' is not an IPv4 address");
            }
            out.put(hostName, new HostSpec(hostName, addr, line(t.getKeyNode())));
        }
        return out;
    }

    private Map<String, NodeSpec> nodes(Node n, Map<String, HostSpec> hosts) {
        Map<String, NodeSpec> out = new LinkedHashMap<>();
        if (!(n instanceof MappingNode m)) {
            error(line(n), "'nodes' must map node names to their settings");
            return out;
        }
        Map<Integer, String> consoles = new HashMap<>();
        for (NodeTuple t : m.getValue()) {
            String nodeName = scalar(t.getKeyNode(), "node name");
            int ln = line(t.getKeyNode());
            if (nodeName == null) continue;
            if (!NODE_NAME.matcher(nodeName).matches()) {
                error(ln, "bad node name '" + nodeName + "' (letters, digits, '-' and '_', starting with a letter)");
                continue;
            }
            if (out.containsKey(nodeName)) {
                error(ln, "node '" + nodeName + "' defined twice");
                continue;
            }
            Map<String, Node> k = isNull(t.getValueNode()) ? Map.of() : keys(t.getValueNode(), NODE_KEYS, "node '" + nodeName + "'");
            String kind = k.containsKey("kind") ? scalar(k.get("kind"), "kind") : "router";
            if (kind != null && !kind.equals("router")) error(line(k.get("kind")), "node '" + nodeName + "': unknown kind '" + kind + "' (known: router)");
            Path config = null;
            if (k.containsKey("config")) {
                String c = scalar(k.get("config"), "config");
                if (c != null) {
                    config = resolve(c);
                    if (!Files.isRegularFile(config)) error(line(k.get("config")), "node '" + nodeName + "': config file not found: " + c);
                }
            }
            int console = 0;
            if (k.containsKey("console")) {
                console = port(k.get("console"), "console");
                String other = consoles.putIfAbsent(console, nodeName);
                if (console > 0 && other != null) error(line(k.get("console")), "console port " + console + " already used by node '" + other + "'");
            }
            String host = null;
            if (k.containsKey("host")) {
                host = scalar(k.get("host"), "host");
                if (host != null && !hosts.containsKey(host)) error(line(k.get("host")), "node '" + nodeName + "': unknown host '" + host + "'");
            }
            out.put(nodeName, new NodeSpec(nodeName, kind, config, console, host, ln));
        }
        if (out.isEmpty() && errors.isEmpty()) error(line(n), "a topology needs at least one node");
        return out;
    }

    private List<LinkSpec> links(Node n, Map<String, NodeSpec> nodes) {
        List<LinkSpec> out = new ArrayList<>();
        if (!(n instanceof SequenceNode seq)) {
            error(line(n), "'links' must be a list of links");
            return out;
        }
        Map<String, Integer> used = new HashMap<>();
        int index = 0;
        for (Node item : seq.getValue()) {
            index++;
            int ln = line(item);
            Map<String, Node> k = keys(item, LINK_KEYS, "link");
            Node eps = k.get("endpoints");
            if (!(eps instanceof SequenceNode epSeq) || epSeq.getValue().size() != 2) {
                error(eps == null ? ln : line(eps), "a link needs 'endpoints' with exactly two entries");
                continue;
            }
            Endpoint a = endpoint(epSeq.getValue().get(0), nodes);
            Endpoint b = endpoint(epSeq.getValue().get(1), nodes);
            if (a == null || b == null) continue;
            if (!(a instanceof Endpoint.RouterPort) && !(b instanceof Endpoint.RouterPort)) {
                error(ln, "a link needs at least one router endpoint");
                continue;
            }
            for (Endpoint e : List.of(a, b)) {
                String key = useKey(e);
                Integer prev = used.putIfAbsent(key, ln);
                if (prev != null) error(ln, "endpoint " + e + " is already used by the link at line " + prev);
            }
            Path capture = null;
            if (k.containsKey("capture")) {
                String c = scalar(k.get("capture"), "capture");
                if (c != null) capture = resolve(c);
            }
            ImpairSpec impair = k.containsKey("impair") ? impair(k.get("impair"), index) : ImpairSpec.NONE;
            out.add(new LinkSpec(a, b, capture, impair, ln));
        }
        return out;
    }

    private static String useKey(Endpoint e) {
        return switch (e) {
            case Endpoint.RouterPort p -> "port " + p;
            case Endpoint.Udp u -> "udp " + u.localPort();
            case Endpoint.Tun t -> "dev " + t.device() + "@" + t.netns();
        };
    }

    private Endpoint endpoint(Node n, Map<String, NodeSpec> nodes) {
        String s = scalar(n, "endpoint");
        if (s == null) return null;
        int ln = line(n);
        Matcher m;
        if ((m = UDP.matcher(s)).matches()) {
            int lport = parsePort(m.group(1));
            int rport = parsePort(m.group(3));
            if (lport < 0 || rport < 0) {
                error(ln, "endpoint '" + s + "': ports must be 1-65535");
                return null;
            }
            return new Endpoint.Udp("127.0.0.1", lport, m.group(2), rport);
        }
        if ((m = TUN.matcher(s)).matches()) {
            return new Endpoint.Tun(m.group(1).equals("tap"), m.group(2), m.group(3));
        }
        if (s.startsWith("udp:") || s.startsWith("tun:") || s.startsWith("tap:")) {
            error(ln, "bad endpoint '" + s + "' (udp:LPORT:RHOST:RPORT, tun:DEV[@NETNS], tap:DEV[@NETNS])");
            return null;
        }
        if ((m = ROUTER_PORT.matcher(s)).matches()) {
            String node = m.group(1);
            if (!nodes.containsKey(node)) {
                error(ln, "endpoint '" + s + "': unknown node '" + node + "'");
                return null;
            }
            Optional<String> iface = interfaceNames.apply(m.group(2).trim());
            if (iface.isEmpty()) {
                error(ln, "endpoint '" + s + "': no interface '" + m.group(2) + "' on a router");
                return null;
            }
            return new Endpoint.RouterPort(node, iface.get());
        }
        error(ln, "bad endpoint '" + s + "' (NODE:INTERFACE, udp:..., tun:..., tap:...)");
        return null;
    }

    private ImpairSpec impair(Node n, int linkIndex) {
        Map<String, Node> k = keys(n, IMPAIR_KEYS, "impair");
        double loss = k.containsKey("loss") ? fraction(k.get("loss"), "loss") : 0;
        Duration delay = k.containsKey("delay") ? duration(k.get("delay"), "delay") : Duration.ZERO;
        Duration jitter = k.containsKey("jitter") ? duration(k.get("jitter"), "jitter") : Duration.ZERO;
        double dup = k.containsKey("duplicate") ? fraction(k.get("duplicate"), "duplicate") : 0;
        double reorder = k.containsKey("reorder") ? fraction(k.get("reorder"), "reorder") : 0;
        long seed = linkIndex;
        if (k.containsKey("seed")) {
            String s = scalar(k.get("seed"), "seed");
            try {
                seed = Long.parseLong(s);
            } catch (NumberFormatException | NullPointerException e) {
                error(line(k.get("seed")), "impair seed must be a whole number");
            }
        }
        return new ImpairSpec(loss, delay, jitter, dup, reorder, seed);
    }

    private double fraction(Node n, String what) {
        String s = scalar(n, what);
        if (s == null) return 0;
        try {
            double v = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1).trim()) / 100 : Double.parseDouble(s);
            if (v >= 0 && v <= 1) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        error(line(n), what + " must be a percentage (e.g. 1%) or a fraction from 0 to 1, not '" + s + "'");
        return 0;
    }

    private Duration duration(Node n, String what) {
        String s = scalar(n, what);
        if (s == null) return Duration.ZERO;
        Matcher m = DURATION.matcher(s.trim());
        if (m.matches()) {
            double v = Double.parseDouble(m.group(1));
            double nanos = switch (m.group(2)) {
                case "us" -> v * 1e3;
                case "ms" -> v * 1e6;
                default -> v * 1e9;
            };
            if (nanos <= 3600e9) return Duration.ofNanos((long) nanos);
        }
        error(line(n), what + " must be a duration such as 2ms, 500us or 1s (at most 3600s), not '" + s + "'");
        return Duration.ZERO;
    }

    /** The consoles' listen address: an IPv4 address of this host (0.0.0.0 for all). */
    private String bindAddress(Node n) {
        String s = scalar(n, "bind");
        if (s == null) return Topology.DEFAULT_BIND;
        if (!isIpv4(s.trim())) {
            error(line(n), "bind: '" + s + "' is not an IPv4 address (the consoles' listen address, e.g. 127.0.0.1 or 0.0.0.0)");
            return Topology.DEFAULT_BIND;
        }
        return s.trim();
    }

    private int port(Node n, String what) {
        String s = scalar(n, what);
        int p = s == null ? -1 : parsePort(s);
        if (p < 0) {
            error(line(n), what + " must be a port number from 1 to 65535");
            return 0;
        }
        return p;
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s.trim());
            return p >= 1 && p <= 65535 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The keys of a mapping, reporting unknown and repeated ones. */
    private Map<String, Node> keys(Node n, Set<String> allowed, String where) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(n instanceof MappingNode m)) {
            error(line(n), where + " must be a mapping (key: value)");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "key");
            if (key == null) continue;
            if (!allowed.contains(key)) {
                error(line(t.getKeyNode()), "unknown key '" + key + "' in " + where + " (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            } else if (out.putIfAbsent(key, t.getValueNode()) != null) {
                error(line(t.getKeyNode()), "key '" + key + "' repeated in " + where);
            }
        }
        return out;
    }

    private String scalar(Node n, String what) {
        if (n instanceof ScalarNode s) return s.getValue();
        error(line(n), what + " must be a single value");
        return null;
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && (s.getValue().isEmpty() || s.getValue().equals("null") || s.getValue().equals("~"));
    }

    private static boolean isIpv4(String s) {
        Matcher m = IPV4.matcher(s);
        if (!m.matches()) return false;
        for (int i = 1; i <= 4; i++) if (Integer.parseInt(m.group(i)) > 255) return false;
        return true;
    }

    private Path resolve(String p) {
        Path path = Path.of(p);
        if (path.isAbsolute()) return path;
        Path parent = file.toAbsolutePath().getParent();
        return (parent == null ? path : parent.resolve(path)).normalize();
    }

    private static String stripExtension(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    private static int line(Node n) {
        return n == null ? 0 : n.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }

    private void error(int line, String message) {
        errors.add(new TopologyError(file, line, message));
    }
}
