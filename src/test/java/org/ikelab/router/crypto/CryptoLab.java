package org.ikelab.router.crypto;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.config.InterfaceConfig;
import org.ikelab.config.RouterConfig;
import org.ikelab.config.crypto.apply.CryptoCompiler;
import org.ikelab.link.InMemoryLink;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.ConfigCommands;
import org.ikelab.parse.ConfigLoader;
import org.ikelab.router.PingRequest;
import org.ikelab.router.PingResult;
import org.ikelab.router.Router;
import org.ikelab.router.StaticRoute;
import org.ikelab.wire.Ipv4Address;

/**
 * Routers on one virtual clock, configured from IOS text: interfaces, addresses and static routes
 * are applied by a small test applier (the lab runtime has the real one); crypto goes through
 * {@link CryptoCompiler}, as in production.
 */
final class CryptoLab {
    final VirtualScheduler sched = new VirtualScheduler();
    final Map<String, Router> routers = new LinkedHashMap<>();
    final Map<String, RouterConfig> configs = new LinkedHashMap<>();
    final Map<String, CryptoEngine> engines = new LinkedHashMap<>();
    final Map<String, List<String>> logs = new LinkedHashMap<>();
    final List<InMemoryLink> links = new ArrayList<>();
    private int seed = 7;

    Router router(String name, String config) {
        Router r = new Router(name, sched);
        List<String> log = new ArrayList<>();
        r.setLogListener(log::add);
        logs.put(name, log);
        RouterConfig c = new RouterConfig();
        List<ConfigLoader.Problem> problems = ConfigLoader.load(config, c, registry(), clock(), RandomSource.seeded(1));
        if (!problems.isEmpty()) throw new AssertionError("config problems: " + problems);
        for (InterfaceConfig i : c.interfaces().values()) {
            String n = i.name().toString();
            if (i.address() == null) continue;
            r.addInterface(n);
            r.setAddress(n, Ipv4Address.parse(i.address()), Ipv4Address.prefixLength((int) org.ikelab.config.Ipv4.parse(i.mask())));
            r.setAdminUp(n, !i.shutdown());
        }
        for (org.ikelab.config.StaticRoute s : c.routes()) {
            int len = Ipv4Address.prefixLength((int) org.ikelab.config.Ipv4.parse(s.mask()));
            r.addStaticRoute(StaticRoute.via(s.prefix() + "/" + len, s.nextHop()));
        }
        routers.put(name, r);
        configs.put(name, c);
        engines.put(name, CryptoCompiler.install(r, c, RandomSource.seeded(seed++)));
        return r;
    }

    /** Re-reads the crypto part after {@code more} config lines (a learner's change). */
    void reconfigure(String name, String more) {
        RouterConfig c = configs.get(name);
        List<ConfigLoader.Problem> problems = ConfigLoader.load(more, c, registry(), clock(), RandomSource.seeded(1));
        if (!problems.isEmpty()) throw new AssertionError("config problems: " + problems);
        CryptoCompiler.apply(engines.get(name), c);
    }

    void cable(String a, String ifA, String b, String ifB) {
        links.add(InMemoryLink.cable(routers.get(a), ifA, routers.get(b), ifB));
        sched.runUntilIdle(10_000);
    }

    PingResult ping(String from, PingRequest req) {
        List<PingResult> out = new ArrayList<>();
        routers.get(from).ping(req, out::add);
        for (int i = 0; i < 200 && out.isEmpty(); i++) sched.advance(Duration.ofMillis(100));
        if (out.size() != 1) throw new AssertionError("ping did not finish");
        return out.get(0);
    }

    String ping(String from, String to) {
        return ping(from, PingRequest.to(to)).results();
    }

    void advance(Duration d) {
        sched.advance(d);
    }

    CryptoEngine engine(String name) {
        return engines.get(name);
    }

    private static CommandRegistry registry() {
        CommandRegistry r = new CommandRegistry();
        ConfigCommands.register(r);
        org.ikelab.parse.CryptoCommands.register(r);
        return r;
    }

    private Clock clock() {
        return sched;
    }

    // ---------------------------------------------------------------- the §6.1 lab

    static final String H1 = """
            hostname H1
            interface GigabitEthernet0/1
             ip address 192.168.1.1 255.255.255.0
             no shutdown
            ip route 0.0.0.0 0.0.0.0 192.168.1.254
            """;
    static final String H2 = """
            hostname H2
            interface GigabitEthernet0/1
             ip address 192.168.2.2 255.255.255.0
             no shutdown
            ip route 0.0.0.0 0.0.0.0 192.168.2.254
            """;

    static String r1(String transformSet, String extra) {
        return """
                hostname R1
                crypto isakmp policy 1
                 encr aes
                 authentication pre-share
                 group 2
                crypto isakmp key MY_PASSWORD address 10.10.10.2
                crypto ipsec transform-set MY_TRANSFORM_SET %s
                access-list 100 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255
                crypto map MY_CRYPTO_MAP 10 ipsec-isakmp
                 set peer 10.10.10.2
                 set transform-set MY_TRANSFORM_SET
                 match address 100
                %s
                interface GigabitEthernet0/1
                 ip address 192.168.1.254 255.255.255.0
                 no shutdown
                interface GigabitEthernet0/2
                 ip address 10.10.10.1 255.255.255.0
                 no shutdown
                 crypto map MY_CRYPTO_MAP
                ip route 192.168.2.0 255.255.255.0 10.10.10.2
                """.formatted(transformSet, extra);
    }

    static String r2(String transformSet, String extra) {
        return """
                hostname R2
                crypto isakmp policy 1
                 encr aes
                 authentication pre-share
                 group 2
                crypto isakmp key MY_PASSWORD address 10.10.10.1
                crypto ipsec transform-set MY_TRANSFORM_SET %s
                access-list 100 permit ip 192.168.2.0 0.0.0.255 192.168.1.0 0.0.0.255
                crypto map MY_CRYPTO_MAP 10 ipsec-isakmp
                 set peer 10.10.10.1
                 set transform-set MY_TRANSFORM_SET
                 match address 100
                %s
                interface GigabitEthernet0/1
                 ip address 192.168.2.254 255.255.255.0
                 no shutdown
                interface GigabitEthernet0/2
                 ip address 10.10.10.2 255.255.255.0
                 no shutdown
                 crypto map MY_CRYPTO_MAP
                ip route 192.168.1.0 255.255.255.0 10.10.10.1
                """.formatted(transformSet, extra);
    }

    /** H1 - R1 - R2 - H2 with the given R1 and R2 configs. */
    static CryptoLab siteToSite(String r1, String r2) {
        CryptoLab lab = new CryptoLab();
        lab.router("H1", H1);
        lab.router("R1", r1);
        lab.router("R2", r2);
        lab.router("H2", H2);
        lab.cable("H1", "GigabitEthernet0/1", "R1", "GigabitEthernet0/1");
        lab.cable("R1", "GigabitEthernet0/2", "R2", "GigabitEthernet0/2");
        lab.cable("R2", "GigabitEthernet0/1", "H2", "GigabitEthernet0/1");
        return lab;
    }

    static CryptoLab classic() {
        return siteToSite(r1("esp-aes esp-sha-hmac", ""), r2("esp-aes esp-sha-hmac", ""));
    }
}
