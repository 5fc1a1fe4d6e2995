package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ikelab.config.RouterConfig;

/** Parsing the rendered running-config gives back the same configuration (ARCHITECTURE decision 6). */
class RoundTripProperties {
    @Property(tries = 200, seed = "42")
    void renderedConfigLoadsBackToTheSameConfig(@ForAll("configs") List<String> commands) {
        RouterConfig c = new RouterConfig();
        TestRouters.load(String.join("\n", commands), c);
        List<String> rendered = TestRouters.lines(c);
        RouterConfig again = new RouterConfig();
        assertEquals(List.of(), TestRouters.load(String.join("\n", rendered), again).stream().map(Object::toString).toList());
        assertEquals(c, again);
        assertEquals(rendered, TestRouters.lines(again));
    }

    /** Static routes entered in another order than the running-config sorts them (found by a generator change). */
    @net.jqwik.api.Example
    void staticRoutesEnteredOutOfOrder() {
        renderedConfigLoadsBackToTheSameConfig(List.of("ip route 0.0.0.0 255.255.255.0 0.0.0.0 1",
                "ip route 0.0.0.0 255.255.255.252 0.0.0.0 1", "ip route 10.0.0.0 255.0.0.0 192.0.2.1", "ip route 9.0.0.0 255.0.0.0 192.0.2.1"));
    }

    /** The static host table (its own property so the generator above keeps its sample sequence). */
    @Property(tries = 100, seed = "42")
    void hostTableRoundTrips(@ForAll("hostTables") List<String> commands) {
        renderedConfigLoadsBackToTheSameConfig(commands);
    }

    @Provide
    Arbitrary<List<String>> hostTables() {
        Arbitrary<String> host = Combinators.combine(name(), ip().list().ofMinSize(1).ofMaxSize(3))
                .as((n, a) -> "ip host H" + n + " " + String.join(" ", a));
        Arbitrary<String> other = Arbitraries.of("no ip domain-lookup", "ip domain name LAB.NWL", "no ip host HA");
        return Arbitraries.oneOf(host, host, other).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> configs() {
        return command().list().ofMaxSize(40);
    }

    private static Arbitrary<String> ip() {
        return Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(l -> l.get(0) + "." + l.get(1) + "." + l.get(2) + "." + l.get(3));
    }

    private static Arbitrary<String> mask() {
        return Arbitraries.of("255.255.255.0", "255.255.0.0", "255.0.0.0", "255.255.255.252", "255.255.255.255", "0.0.0.0");
    }

    private static Arbitrary<String> name() {
        return Arbitraries.strings().withCharRange('A', 'Z').withChars('_', '-').ofMinLength(1).ofMaxLength(8);
    }

    private static Arbitrary<String> iface() {
        return Arbitraries.oneOf(Arbitraries.of("GigabitEthernet0/0", "GigabitEthernet0/1", "GigabitEthernet0/2", "GigabitEthernet0/3"),
                Arbitraries.integers().between(0, 20).map(n -> "Loopback" + n),
                Arbitraries.integers().between(0, 20).map(n -> "Tunnel" + n));
    }

    private static Arbitrary<String> ifSub() {
        return Arbitraries.oneOf(
                Combinators.combine(ip(), mask()).as((a, m) -> "ip address " + a + " " + m),
                Arbitraries.of("shutdown", "no shutdown", "no ip address", "duplex full", "speed 100", "ip mtu 1400",
                        "ip tcp adjust-mss 1360", "tunnel mode ipsec ipv4", "tunnel mode gre multipoint", "no description"),
                name().map(n -> "description link " + n),
                name().map(n -> "crypto map " + n),
                name().map(n -> "tunnel protection ipsec profile " + n),
                ip().map(a -> "tunnel destination " + a),
                ip().map(a -> "tunnel source " + a),
                Arbitraries.integers().between(100, 199).map(n -> "ip access-group " + n + " in"),
                Arbitraries.longs().between(0, 4294967295L).map(k -> "tunnel key " + k));
    }

    private static Arbitrary<String> aclAddr() {
        return Arbitraries.oneOf(Arbitraries.just("any"), ip().map(a -> "host " + a),
                Combinators.combine(ip(), Arbitraries.of("0.0.0.255", "0.0.255.255", "0.0.0.3")).as((a, w) -> a + " " + w));
    }

    private static Arbitrary<String> command() {
        return Arbitraries.oneOf(
                name().map(n -> "hostname " + n),
                Combinators.combine(iface(), ifSub().list().ofMaxSize(4)).as((i, subs) -> "interface " + i + "\n" + String.join("\n", subs) + "\nexit"),
                Combinators.combine(ip(), mask(), ip(), Arbitraries.integers().between(1, 255))
                        .as((p, m, nh, d) -> "ip route " + p + " " + m + " " + nh + " " + d),
                Combinators.combine(Arbitraries.integers().between(100, 199), Arbitraries.of("permit", "deny"),
                        Arbitraries.of("ip", "gre", "esp", "ahp", "icmp", "udp", "tcp"), aclAddr(), aclAddr())
                        .as((n, a, p, s, d) -> "access-list " + n + " " + a + " " + p + " " + s + " " + d),
                Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.of("permit", "deny"), aclAddr())
                        .as((n, a, s) -> "access-list " + n + " " + a + " " + s.replace("host ", "")),
                Combinators.combine(name(), Arbitraries.of("permit", "deny"), aclAddr(), aclAddr())
                        .as((n, a, s, d) -> "ip access-list extended " + n + "\n" + a + " ip " + s + " " + d + "\nremark r " + n + "\nexit"),
                Arbitraries.of("service password-encryption", "no service password-encryption", "no ip domain-lookup",
                        "ip domain name LAB.NWL", "logging host 192.0.2.1", "ip http server", "aaa new-model",
                        "no ip http server", "ip http secure-server"),
                name().map(n -> "username " + n + " privilege 15 password " + n),
                name().map(n -> "enable password " + n),
                name().map(n -> "banner motd #" + n + "#"),
                Combinators.combine(Arbitraries.of("con 0", "vty 0 4", "aux 0"),
                        Arbitraries.of("exec-timeout 0 0", "logging synchronous", "password cisco", "login", "no login",
                                "login local", "transport input ssh"))
                        .as((l, s) -> "line " + l + "\n" + s + "\nexit"),
                Combinators.combine(Arbitraries.integers().between(1, 9), ip())
                        .as((n, a) -> "router ospf " + n + "\nnetwork " + a + " 0.0.0.0 area 0\nexit"));
    }
}
