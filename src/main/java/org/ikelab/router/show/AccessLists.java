package org.ikelab.router.show;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.router.AclEntry;
import org.ikelab.router.AclRuntime;
import org.ikelab.router.PortMatch;
import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.ipv4.IpProtocol;

/** {@code show access-lists} (reference §4.16). */
public final class AccessLists {
    private AccessLists() {
    }

    public static String format(List<AclRuntime> acls) {
        List<String> out = new ArrayList<>();
        for (AclRuntime a : acls) out.addAll(lines(a));
        return Text.lines(out);
    }

    public static List<String> lines(AclRuntime acl) {
        List<String> out = new ArrayList<>();
        out.add((acl.extended() ? "Extended" : "Standard") + " IP access list " + acl.name());
        List<AclEntry> entries = acl.entries();
        for (int k = 0; k < entries.size(); k++) {
            AclEntry e = entries.get(k);
            String body = acl.extended() ? extended(e) : standard(e);
            long m = acl.matches(k);
            String count = m == 0 ? "" : m == 1 ? " (1 match)" : " (" + m + " matches)";
            out.add("    " + e.sequence() + " " + body + count);
        }
        return out;
    }

    private static String standard(AclEntry e) {
        String action = e.permit() ? "permit " : "deny   ";
        if (e.srcAny()) return action + "any";
        if (e.srcHost()) return action + e.src();
        return action + e.src() + ", wildcard bits " + Ipv4Address.format(e.srcWildcard());
    }

    private static String extended(AclEntry e) {
        StringBuilder sb = new StringBuilder(e.permit() ? "permit " : "deny ");
        sb.append(e.protocol() == AclEntry.ANY_PROTOCOL ? "ip" : IpProtocol.name(e.protocol()));
        sb.append(' ').append(address(e.srcAddress(), e.srcWildcard()));
        if (e.srcPort() != null) sb.append(' ').append(port(e.srcPort(), e.protocol()));
        sb.append(' ').append(address(e.dstAddress(), e.dstWildcard()));
        if (e.dstPort() != null) sb.append(' ').append(port(e.dstPort(), e.protocol()));
        if (e.icmpType() != AclEntry.ANY_ICMP) sb.append(' ').append(icmpName(e.icmpType(), e.icmpCode()));
        return sb.toString();
    }

    private static String address(int a, int wildcard) {
        if (wildcard == -1) return "any";
        if (wildcard == 0) return "host " + Ipv4Address.format(a);
        return Ipv4Address.format(a) + " " + Ipv4Address.format(wildcard);
    }

    private static String port(PortMatch p, int protocol) {
        return switch (p.op()) {
            case EQ -> "eq " + portName(p.low(), protocol);
            case NEQ -> "neq " + portName(p.low(), protocol);
            case LT -> "lt " + portName(p.low(), protocol);
            case GT -> "gt " + portName(p.low(), protocol);
            case RANGE -> "range " + portName(p.low(), protocol) + " " + portName(p.high(), protocol);
        };
    }

    /** IOS shows ICMP messages by keyword; a type or type/code pair without one prints as numbers. */
    static String icmpName(int type, int code) {
        if (code == AclEntry.ANY_ICMP) {
            return switch (type) {
                case 0 -> "echo-reply";
                case 3 -> "unreachable";
                case 4 -> "source-quench";
                case 5 -> "redirect";
                case 8 -> "echo";
                case 11 -> "time-exceeded";
                case 12 -> "parameter-problem";
                default -> Integer.toString(type);
            };
        }
        if (type == 3) {
            switch (code) {
                case 0: return "net-unreachable";
                case 1: return "host-unreachable";
                case 2: return "protocol-unreachable";
                case 3: return "port-unreachable";
                case 4: return "packet-too-big";
                case 13: return "administratively-prohibited";
                default: break;
            }
        }
        if (type == 11 && code == 0) return "ttl-exceeded";
        if (type == 11 && code == 1) return "reassembly-timeout";
        return type + " " + code;
    }

    /** IOS shows well-known ports by keyword. */
    static String portName(int port, int protocol) {
        if (protocol == IpProtocol.UDP) {
            return switch (port) {
                case 500 -> "isakmp";
                case 4500 -> "non500-isakmp";
                case 53 -> "domain";
                case 69 -> "tftp";
                case 123 -> "ntp";
                case 161 -> "snmp";
                case 514 -> "syslog";
                default -> Integer.toString(port);
            };
        }
        if (protocol == IpProtocol.TCP) {
            return switch (port) {
                case 22 -> "22";
                case 23 -> "telnet";
                case 80 -> "www";
                case 443 -> "443";
                case 21 -> "ftp";
                case 25 -> "smtp";
                case 179 -> "bgp";
                default -> Integer.toString(port);
            };
        }
        return Integer.toString(port);
    }
}
