package org.ikelab.cli.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ikelab.cli.CliSession;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.config.StartupStore;
import org.ikelab.lab.RouterNode;
import org.ikelab.link.InMemoryLink;
import org.junit.jupiter.api.Test;

/**
 * The §6.1 lab on lab nodes with consoles: the crypto feature follows the configuration typed on
 * the console, and the crypto EXEC commands answer there.
 */
class CryptoConsoleTest {
    private final VirtualScheduler sched = new VirtualScheduler();
    private final Map<String, RouterNode> nodes = new LinkedHashMap<>();
    private final Map<String, CliSession> consoles = new LinkedHashMap<>();
    private final Map<String, StringBuilder> screens = new LinkedHashMap<>();

    private void node(String name, String startup) throws Exception {
        StartupStore nv = StartupStore.memory();
        nv.write(startup);
        RouterNode n = new RouterNode(name, sched, nv, RandomSource.seeded(name.hashCode()));
        n.boot();
        nodes.put(name, n);
        StringBuilder screen = new StringBuilder();
        CliSession s = new CliSession(n, "console", false);
        s.screen(new CliSession.Screen() {
            @Override public void print(String text) { screen.append(text); }
            @Override public void log(String line) { screen.append(line).append('\n'); }
        });
        s.open();
        s.enter("enable");
        consoles.put(name, s);
        screens.put(name, screen);
    }

    private String type(String node, String line) {
        StringBuilder screen = screens.get(node);
        screen.setLength(0);
        screen.append(consoles.get(node).enter(line));
        for (int i = 0; i < 300 && consoles.get(node).busy(); i++) sched.advance(Duration.ofMillis(100));
        return screen.toString();
    }

    private static String hostCfg(String name, String addr, String gw) {
        return "hostname " + name + "\ninterface GigabitEthernet0/1\n ip address " + addr + " 255.255.255.0\n no shutdown\n"
                + "ip route 0.0.0.0 0.0.0.0 " + gw + "\n";
    }

    @Test
    void siteToSiteFromTheConsoles() throws Exception {
        node("H1", hostCfg("H1", "192.168.1.1", "192.168.1.254"));
        node("R1", """
                hostname R1
                interface GigabitEthernet0/1
                 ip address 192.168.1.254 255.255.255.0
                 no shutdown
                interface GigabitEthernet0/2
                 ip address 10.10.10.1 255.255.255.0
                 no shutdown
                ip route 192.168.2.0 255.255.255.0 10.10.10.2
                """);
        node("R2", """
                hostname R2
                crypto isakmp policy 1
                 encr aes
                 authentication pre-share
                 group 2
                crypto isakmp key MY_PASSWORD address 10.10.10.1
                crypto ipsec transform-set MY_TRANSFORM_SET esp-aes esp-sha-hmac
                access-list 100 permit ip 192.168.2.0 0.0.0.255 192.168.1.0 0.0.0.255
                crypto map MY_CRYPTO_MAP 10 ipsec-isakmp
                 set peer 10.10.10.1
                 set transform-set MY_TRANSFORM_SET
                 match address 100
                interface GigabitEthernet0/1
                 ip address 192.168.2.254 255.255.255.0
                 no shutdown
                interface GigabitEthernet0/2
                 ip address 10.10.10.2 255.255.255.0
                 no shutdown
                 crypto map MY_CRYPTO_MAP
                ip route 192.168.1.0 255.255.255.0 10.10.10.1
                """);
        node("H2", hostCfg("H2", "192.168.2.2", "192.168.2.254"));
        InMemoryLink.cable(nodes.get("H1").router(), "GigabitEthernet0/1", nodes.get("R1").router(), "GigabitEthernet0/1");
        InMemoryLink.cable(nodes.get("R1").router(), "GigabitEthernet0/2", nodes.get("R2").router(), "GigabitEthernet0/2");
        InMemoryLink.cable(nodes.get("R2").router(), "GigabitEthernet0/1", nodes.get("H2").router(), "GigabitEthernet0/1");
        sched.advance(Duration.ofSeconds(1));
        // The learner types the §6.1 lesson on R1.
        for (String l : new String[] {"configure terminal", "crypto isakmp policy 1", "encryption aes", "authentication pre-share",
                "group 2", "exit", "crypto isakmp key MY_PASSWORD address 10.10.10.2",
                "crypto ipsec transform-set MY_TRANSFORM_SET esp-aes esp-sha-hmac", "mode tunnel", "exit",
                "access-list 100 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255", "crypto map MY_CRYPTO_MAP 10 ipsec-isakmp",
                "set peer 10.10.10.2", "set transform-set MY_TRANSFORM_SET", "match address 100", "exit",
                "interface GigabitEthernet0/2"}) {
            type("R1", l);
        }
        String on = type("R1", "crypto map MY_CRYPTO_MAP");
        sched.runUntilIdle(100);
        assertTrue(on.contains("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON") || screens.get("R1").toString().contains("ISAKMP is ON"), on);
        type("R1", "end");
        // Warm the ARP caches (IOS drops the packet that triggers ARP): not through the tunnel.
        type("R1", "ping 10.10.10.2");
        type("H1", "ping 192.168.1.254");
        type("H2", "ping 192.168.2.254");
        String first = type("H1", "ping 192.168.2.2");
        assertTrue(first.contains("\n.!!!!\nSuccess rate is 80 percent (4/5)"), first);
        String second = type("H1", "ping 192.168.2.2");
        assertTrue(second.contains("\n!!!!!\nSuccess rate is 100 percent (5/5)"), second);
        assertEquals("""
                show crypto isakmp sa
                IPv4 Crypto ISAKMP SA
                dst             src             state          conn-id status
                10.10.10.2      10.10.10.1      QM_IDLE           1001 ACTIVE

                IPv6 Crypto ISAKMP SA

                R1#""", "show crypto isakmp sa\n" + type("R1", "show crypto isakmp sa").stripLeading());
        String pkts = type("R1", "sh cry ips sa | i pkts encaps");
        assertTrue(pkts.contains("    #pkts encaps: 9, #pkts encrypt: 9, #pkts digest: 9\n"), pkts);
    }
}
