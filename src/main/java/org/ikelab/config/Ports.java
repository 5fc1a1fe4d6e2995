package org.ikelab.config;

import java.util.Map;

/** Well-known port names IOS accepts in ACLs and writes back instead of the number. */
public final class Ports {
    private Ports() {}

    private static final Map<String, Integer> TCP = Map.of("bgp", 179, "domain", 53, "ftp", 21, "ftp-data", 20,
            "pop3", 110, "smtp", 25, "telnet", 23, "www", 80);
    private static final Map<String, Integer> UDP = Map.of("bootpc", 68, "bootps", 67, "domain", 53, "isakmp", 500,
            "non500-isakmp", 4500, "ntp", 123, "snmp", 161, "syslog", 514, "tftp", 69);

    /** The number of a port name for the protocol, or -1. */
    public static int number(String protocol, String name) {
        Map<String, Integer> m = "udp".equals(protocol) ? UDP : TCP;
        return m.getOrDefault(name, -1);
    }

    /** The IOS name of a port for the protocol, or the number as text. */
    public static String name(String protocol, int port) {
        Map<String, Integer> m = "udp".equals(protocol) ? UDP : TCP;
        for (Map.Entry<String, Integer> e : m.entrySet()) if (e.getValue() == port) return e.getKey();
        return Integer.toString(port);
    }
}
