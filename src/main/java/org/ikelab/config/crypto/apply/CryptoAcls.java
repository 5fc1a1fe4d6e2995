package org.ikelab.config.crypto.apply;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.Acl;
import org.ikelab.config.AclAddress;
import org.ikelab.config.AclEntry;
import org.ikelab.config.Ipv4;
import org.ikelab.config.PortMatch;
import org.ikelab.ipsec.Selector;
import org.ikelab.ipsec.TrafficSelector;
import org.ikelab.router.crypto.CryptoMapSpec;

/**
 * A crypto ACL's lines as selectors, our side as source (ios-crypto-reference §2.10). Remarks are
 * skipped; a standard ACL matches by source only. Non-contiguous wildcards are taken by their
 * prefix part, since a proxy identity is a subnet.
 */
final class CryptoAcls {
    private CryptoAcls() {
    }

    static List<CryptoMapSpec.AclLine> lines(Acl acl) {
        List<CryptoMapSpec.AclLine> out = new ArrayList<>();
        if (acl == null) return out;
        for (AclEntry e : acl.entries()) {
            if (e.isRemark()) continue;
            int proto = Math.max(0, e.protocolNumber());
            TrafficSelector src = side(e.src(), proto, e.srcPort());
            TrafficSelector dst = e.dst() == null ? TrafficSelector.ANY : side(e.dst(), proto, e.dstPort());
            out.add(new CryptoMapSpec.AclLine(e.permit(), new Selector(src, dst), "access-list " + acl.name() + " " + e.body()));
        }
        return out;
    }

    private static TrafficSelector side(AclAddress a, int proto, PortMatch port) {
        int address = (int) Ipv4.parse(a.address());
        int wildcard = (int) Ipv4.parse(a.wildcard());
        int prefix = Integer.numberOfLeadingZeros(wildcard);
        if (wildcard == 0) prefix = 32;
        int lo = 0;
        int hi = 65535;
        if (port != null) {
            switch (port.op()) {
                case "eq" -> { lo = port.low(); hi = port.low(); }
                case "range" -> { lo = port.low(); hi = port.high(); }
                case "gt" -> lo = Math.min(65535, port.low() + 1);
                case "lt" -> hi = Math.max(0, port.low() - 1);
                default -> { }
            }
        }
        return new TrafficSelector(address, prefix, proto, lo, hi);
    }
}
