package org.ikelab.router.show;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.router.InterfaceCounters;
import org.ikelab.router.InterfaceKind;
import org.ikelab.router.RouterInterface;

/**
 * {@code show interfaces} for Ethernet and Loopback interfaces (IOSv 15 layout, recalled: the
 * reference captures only the Tunnel form, §4.15, whose tunnel lines the tunnel driver adds
 * through {@code tunnelLines}). Rates are not measured and print as 0.
 */
public final class Interfaces {
    private Interfaces() {
    }

    /** {@code nowNanos} is the router clock, to print "Last input" ages; {@code tunnelLines} may be empty. */
    public static List<String> lines(RouterInterface i, long nowNanos, List<String> tunnelLines) {
        List<String> out = new ArrayList<>();
        String state = i.adminUp() ? (i.statusText().equals("up") ? "up" : "down") : "administratively down";
        out.add(i.name() + " is " + state + ", line protocol is " + (i.lineProtocolUp() ? "up" : "down") + " ");
        InterfaceKind k = i.kind();
        if (k == InterfaceKind.ETHERNET) {
            String mac = i.mac().toCisco();
            out.add("  Hardware is iGbE, address is " + mac + " (bia " + mac + ")");
        } else {
            out.add("  Hardware is " + k.hardware());
        }
        if (!i.description().isEmpty()) out.add("  Description: " + i.description());
        if (i.hasAddress()) out.add("  Internet address is " + i.address() + "/" + i.prefixLength());
        String bw = switch (k) {
            case ETHERNET -> "BW 1000000 Kbit/sec, DLY 10 usec, ";
            case LOOPBACK -> "BW 8000000 Kbit/sec, DLY 5000 usec, ";
            case TUNNEL -> "BW 100 Kbit/sec, DLY 50000 usec, ";
        };
        out.add("  MTU " + i.mtu() + " bytes, " + bw);
        out.add("     reliability 255/255, txload 1/255, rxload 1/255");
        switch (k) {
            case ETHERNET -> {
                out.add("  Encapsulation ARPA, loopback not set");
                out.add("  Keepalive set (10 sec)");
                out.add("  Auto Duplex, Auto Speed, link type is auto, media type is RJ45");
                out.add("  output flow-control is unsupported, input flow-control is unsupported");
                out.add("  ARP type: ARPA, ARP Timeout 04:00:00");
            }
            case LOOPBACK -> {
                out.add("  Encapsulation LOOPBACK, loopback not set");
                out.add("  Keepalive set (10 sec)");
            }
            case TUNNEL -> {
                out.add("  Encapsulation TUNNEL, loopback not set");
                out.add("  Keepalive not set");
                out.addAll(tunnelLines);
            }
        }
        InterfaceCounters c = i.counters();
        out.add("  Last input " + age(c.lastInputNanos(), nowNanos) + ", output " + age(c.lastOutputNanos(), nowNanos)
                + ", output hang never");
        out.add("  Last clearing of \"show interface\" counters never");
        out.add("  Input queue: 0/75/" + c.inputQueueDrops() + "/0 (size/max/drops/flushes); Total output drops: " + c.outputDrops());
        out.add("  Queueing strategy: fifo");
        out.add(k == InterfaceKind.TUNNEL ? "  Output queue: 0/0 (size/max)" : "  Output queue: 0/40 (size/max)");
        out.add("  5 minute input rate 0 bits/sec, 0 packets/sec");
        out.add("  5 minute output rate 0 bits/sec, 0 packets/sec");
        out.add("     " + c.packetsIn() + " packets input, " + c.bytesIn() + " bytes, 0 no buffer");
        out.add("     Received " + c.broadcastsIn() + " broadcasts (0 IP multicasts)");
        out.add("     0 runts, 0 giants, 0 throttles");
        if (k == InterfaceKind.ETHERNET) {
            out.add("     " + c.inputErrors() + " input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored");
            out.add("     0 watchdog, 0 multicast, 0 pause input");
        } else {
            out.add("     " + c.inputErrors() + " input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored, 0 abort");
        }
        out.add("     " + c.packetsOut() + " packets output, " + c.bytesOut() + " bytes, 0 underruns");
        out.add("     0 output errors, 0 collisions, 0 interface resets");
        out.add("     " + c.unknownProtocolDrops() + " unknown protocol drops");
        if (k == InterfaceKind.ETHERNET) {
            out.add("     0 babbles, 0 late collision, 0 deferred");
            out.add("     0 lost carrier, 0 no carrier, 0 pause output");
        }
        out.add("     0 output buffer failures, 0 output buffers swapped out");
        return out;
    }

    public static String format(RouterInterface i, long nowNanos) {
        return Text.lines(lines(i, nowNanos, List.of()));
    }

    /** {@code hh:mm:ss} since {@code then}, or {@code never}. */
    static String age(long then, long now) {
        if (then < 0) return "never";
        long s = Math.max(0, (now - then) / 1_000_000_000L);
        return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
