package org.ikelab.config.apply;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.Acl;
import org.ikelab.config.AclAddress;
import org.ikelab.config.Ipv4;
import org.ikelab.router.AclEntry;
import org.ikelab.router.AclRuntime;
import org.ikelab.router.PortMatch;

/** Turns a configured access list into the data plane's {@link AclRuntime} (remarks left out). */
final class AclCompiler {
    private AclCompiler() {}

    static AclRuntime compile(Acl acl) {
        List<AclEntry> out = new ArrayList<>();
        for (org.ikelab.config.AclEntry e : acl.entries()) {
            if (e.isRemark()) continue;
            if (e.protocol() == null) {
                out.add(AclEntry.standard(e.seq(), e.permit(), addr(e.src()), wild(e.src())));
                continue;
            }
            int proto = e.protocolNumber();
            int[] icmp = icmp(e.icmpType());
            out.add(new AclEntry(e.seq(), e.permit(), proto == 0 ? AclEntry.ANY_PROTOCOL : proto,
                    addr(e.src()), wild(e.src()), port(e.srcPort()), addr(e.dst()), wild(e.dst()), port(e.dstPort()),
                    icmp[0], icmp[1]));
        }
        return new AclRuntime(acl.name(), !acl.standard(), out);
    }

    private static int addr(AclAddress a) {
        return (int) Ipv4.parse(a.address());
    }

    private static int wild(AclAddress a) {
        return (int) Ipv4.parse(a.wildcard());
    }

    private static PortMatch port(org.ikelab.config.PortMatch p) {
        if (p == null) return null;
        PortMatch.Op op = switch (p.op()) {
            case "eq" -> PortMatch.Op.EQ;
            case "neq" -> PortMatch.Op.NEQ;
            case "lt" -> PortMatch.Op.LT;
            case "gt" -> PortMatch.Op.GT;
            default -> PortMatch.Op.RANGE;
        };
        return new PortMatch(op, p.low(), op == PortMatch.Op.RANGE ? p.high() : p.low());
    }

    /** ICMP message keyword (or "type [code]" numbers) to {type, code}; -1 = any. */
    static int[] icmp(String name) {
        if (name == null) return new int[] {AclEntry.ANY_ICMP, AclEntry.ANY_ICMP};
        return switch (name) {
            case "echo-reply" -> new int[] {0, -1};
            case "unreachable" -> new int[] {3, -1};
            case "source-quench" -> new int[] {4, -1};
            case "redirect" -> new int[] {5, -1};
            case "echo" -> new int[] {8, -1};
            case "time-exceeded" -> new int[] {11, -1};
            case "parameter-problem" -> new int[] {12, -1};
            case "net-unreachable" -> new int[] {3, 0};
            case "host-unreachable" -> new int[] {3, 1};
            case "protocol-unreachable" -> new int[] {3, 2};
            case "port-unreachable" -> new int[] {3, 3};
            case "packet-too-big" -> new int[] {3, 4};
            case "administratively-prohibited" -> new int[] {3, 13};
            case "ttl-exceeded" -> new int[] {11, 0};
            case "reassembly-timeout" -> new int[] {11, 1};
            default -> numbers(name);
        };
    }

    private static int[] numbers(String s) {
        String[] p = s.trim().split("\\s+");
        try {
            int type = Integer.parseInt(p[0]);
            int code = p.length > 1 ? Integer.parseInt(p[1]) : AclEntry.ANY_ICMP;
            return new int[] {type, code};
        } catch (NumberFormatException e) {
            return new int[] {AclEntry.ANY_ICMP, AclEntry.ANY_ICMP};
        }
    }
}
