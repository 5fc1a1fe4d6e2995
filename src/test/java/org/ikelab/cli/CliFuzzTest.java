package org.ikelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ikelab.common.RandomSource;
import org.ikelab.config.RunningConfigRenderer;
import org.ikelab.config.StartupStore;
import org.ikelab.parse.IosGrammar;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated lines in every mode (seeded, bounded): the answer is always an IOS-style
 * screen, never an exception, and a rejected line never changes the configuration. `?` and Tab
 * on random text never fail either.
 */
class CliFuzzTest {
    private static final int LINES = 100_000;

    /** How to reach each mode from a fresh session. */
    private static final List<List<String>> MODES = List.of(
            List.of(),
            List.of("enable"),
            List.of("enable", "configure terminal"),
            List.of("enable", "configure terminal", "interface GigabitEthernet0/1"),
            List.of("enable", "configure terminal", "interface Tunnel3"),
            List.of("enable", "configure terminal", "interface Loopback1"),
            List.of("enable", "configure terminal", "interface range GigabitEthernet0/1 - 2 , Tunnel4"),
            List.of("enable", "configure terminal", "line vty 0 4"),
            List.of("enable", "configure terminal", "ip access-list extended FUZZ"),
            List.of("enable", "configure terminal", "ip access-list standard SFUZZ"),
            List.of("enable", "configure terminal", "router ospf 1"));

    /** Valid lines to mutate. */
    private static final List<String> SEEDS = List.of(
            "show running-config | include interface", "show version", "terminal length 0", "configure terminal",
            "hostname R1", "interface GigabitEthernet0/1", "ip address 10.1.1.1 255.255.255.0", "no shutdown",
            "tunnel source GigabitEthernet0/1", "tunnel mode ipsec ipv4", "tunnel destination 192.0.2.2",
            "tunnel protection ipsec profile P", "crypto map MYMAP", "description uplink to ISP",
            "ip access-group 101 in", "ip mtu 1400", "ip tcp adjust-mss 1360", "duplex full", "speed 100",
            "ip route 192.168.2.0 255.255.255.0 10.10.10.2 200", "ip route 0.0.0.0 0.0.0.0 Tunnel0",
            "access-list 100 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255",
            "access-list 101 permit udp host 1.1.1.1 any eq isakmp", "access-list 10 deny host 10.0.0.1",
            "permit tcp any any range 20 21 established log", "deny ip any any", "15 remark hello", "no 10",
            "ip access-list extended VPN", "line con 0", "exec-timeout 0 0", "password 7 0822455D0A16", "login local",
            "transport input ssh telnet", "username admin privilege 15 secret cisco", "enable secret cisco",
            "banner motd #hi#", "service password-encryption", "no ip domain-lookup", "router eigrp 1",
            "network 10.0.0.0 0.255.255.255 area 0", "logging host 192.0.2.1", "do show running-config | section line",
            "no interface Loopback1", "default interface", "end", "exit", "int g0/2", "sh run | b line");

    private final SplittableRandom rnd = new SplittableRandom(20261126L);
    private final List<String> keywords = new ArrayList<>();

    private CliSession session(int mode) {
        CliSession s = new CliSession(new org.ikelab.config.RouterConfig(), StartupStore.memory(), Transcript.CLOCK, RandomSource.seeded(5));
        for (String l : MODES.get(mode)) s.enter(l);
        return s;
    }

    @Test
    void randomLinesNeverBreakTheSessionOrChangeConfigWhenRejected() {
        IosGrammar g = IosGrammar.get();
        for (int t = 1; t <= g.maxTokenType(); t++) if (g.keyword(t) != null) keywords.add(g.keyword(t));
        CliSession[] sessions = new CliSession[MODES.size()];
        int rejected = 0;
        for (int i = 0; i < LINES; i++) {
            int m = rnd.nextInt(MODES.size());
            CliSession s = sessions[m];
            if (s == null || s.ended() || s.paging() || !s.prompt().endsWith("#") && !s.prompt().endsWith(">")) {
                s = session(m);
                sessions[m] = s;
            }
            String line = rnd.nextInt(10) < 6 ? mutate(SEEDS.get(rnd.nextInt(SEEDS.size()))) : random();
            String before = String.join("\n", RunningConfigRenderer.body(s.config()));
            long changeBefore = s.config().lastChangeMillis();
            String screen;
            if (rnd.nextInt(20) == 0) {
                screen = s.help(line);
                s.complete(line);
                assertEquals(before, String.join("\n", RunningConfigRenderer.body(s.config())), line);
                continue;
            }
            screen = s.enter(line);
            final String l = line;
            final String sc = screen;
            assertFalse(screen.contains("Exception") || screen.contains("% Command failed"), () -> l + "\n" + sc);
            if (isRejection(screen)) {
                rejected++;
                assertEquals(before, String.join("\n", RunningConfigRenderer.body(s.config())), () -> "rejected line changed config: " + l);
                assertEquals(changeBefore, s.config().lastChangeMillis(), l);
            }
            // Leave any question or pager so the next line starts at a prompt.
            if (s.paging()) s.more('q');
        }
        assertTrue(rejected > LINES / 4, "the fuzz should mostly hit errors, got " + rejected);
    }

    private static boolean isRejection(String screen) {
        return screen.contains("% Invalid input") || screen.contains("% Incomplete") || screen.contains("% Ambiguous")
                || screen.contains("% Unknown command") || screen.contains("Bad mask") || screen.contains("%Inconsistent")
                || screen.contains("% Duplicate") || screen.contains("illegal characters") || screen.contains("% Type \"show ?\"");
    }

    private String token() {
        return switch (rnd.nextInt(12)) {
            case 0, 1, 2, 3 -> keywords.get(rnd.nextInt(keywords.size()));
            case 4 -> { String k = keywords.get(rnd.nextInt(keywords.size())); yield k.substring(0, 1 + rnd.nextInt(k.length())); }
            case 5 -> Long.toString(rnd.nextLong(0, 5_000_000_000L));
            case 6 -> rnd.nextInt(256) + "." + rnd.nextInt(300) + "." + rnd.nextInt(256) + "." + rnd.nextInt(256);
            case 7 -> List.of("g0/1", "gi0/9", "tu5", "lo99999999999", "Tunnel0", "0/1/2", "1/").get(rnd.nextInt(7));
            case 8 -> List.of("|", "?", "\"", "^", "#", "$", "%", "-1", "", "\t").get(rnd.nextInt(10));
            default -> {
                StringBuilder sb = new StringBuilder();
                int n = 1 + rnd.nextInt(8);
                for (int i = 0; i < n; i++) sb.append((char) (33 + rnd.nextInt(94)));
                yield sb.toString();
            }
        };
    }

    private String random() {
        int n = rnd.nextInt(8);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i > 0 ? " " : "").append(token());
        return sb.toString();
    }

    private String mutate(String line) {
        List<String> w = new ArrayList<>(List.of(line.split(" ")));
        int ops = 1 + rnd.nextInt(3);
        for (int k = 0; k < ops && !w.isEmpty(); k++) {
            int at = rnd.nextInt(w.size());
            switch (rnd.nextInt(6)) {
                case 0 -> w.remove(at);
                case 1 -> w.add(at, token());
                case 2 -> w.set(at, token());
                case 3 -> { if (!w.get(at).isEmpty()) w.set(at, w.get(at).substring(0, 1 + rnd.nextInt(w.get(at).length()))); }
                case 4 -> w = new ArrayList<>(w.subList(0, at + 1));
                default -> { }
            }
        }
        return String.join(" ", w);
    }
}
