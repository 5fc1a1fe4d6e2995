package org.ikelab.router.show;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.router.AclRuntime;
import org.ikelab.router.Direction;
import org.ikelab.router.RouterInterface;

/**
 * {@code show ip interface NAME} in the IOS 15 (IOSv) layout, recalled: the reference does not
 * capture it. Lines for features the emulator does not have (multicast, WCCP, NAT, policy
 * routing) print their IOS defaults, as a router without them configured shows. The
 * {@code Common access list} lines end with a space, as on IOS.
 */
public final class IpInterface {
    private IpInterface() {
    }

    public static List<String> lines(RouterInterface i) {
        List<String> out = new ArrayList<>();
        String state = i.adminUp() ? (i.statusText().equals("up") ? "up" : "down") : "administratively down";
        out.add(i.name() + " is " + state + ", line protocol is " + (i.lineProtocolUp() ? "up" : "down"));
        if (!i.hasAddress()) {
            out.add("  Internet protocol processing disabled");
            return out;
        }
        out.add("  Internet address is " + i.address() + "/" + i.prefixLength());
        out.add("  Broadcast address is 255.255.255.255");
        out.add("  Address determined by " + (i.method().equals("NVRAM") ? "non-volatile memory" : "setup command"));
        out.add("  MTU is " + i.mtu() + " bytes");
        out.add("  Helper address is not set");
        out.add("  Directed broadcast forwarding is disabled");
        AclRuntime aclOut = i.accessGroup(Direction.OUT);
        AclRuntime aclIn = i.accessGroup(Direction.IN);
        out.add("  Outgoing Common access list is not set ");
        out.add("  Outgoing access list is " + (aclOut == null ? "not set" : aclOut.name()));
        out.add("  Inbound Common access list is not set ");
        out.add("  Inbound  access list is " + (aclIn == null ? "not set" : aclIn.name()));
        out.add("  Proxy ARP is " + (i.proxyArp() ? "enabled" : "disabled"));
        out.add("  Local Proxy ARP is disabled");
        out.add("  Security level is default");
        out.add("  Split horizon is enabled");
        out.add("  ICMP redirects are " + (i.redirects() ? "always" : "never") + " sent");
        out.add("  ICMP unreachables are " + (i.unreachables() ? "always" : "never") + " sent");
        out.add("  ICMP mask replies are never sent");
        out.add("  IP fast switching is enabled");
        out.add("  IP Flow switching is disabled");
        out.add("  IP CEF switching is enabled");
        out.add("  IP CEF switching turbo vector");
        out.add("  IP Null turbo vector");
        out.add("  Associated unicast routing topologies:");
        out.add("        Topology \"base\", operation state is " + (i.lineProtocolUp() ? "UP" : "DOWN"));
        out.add("  IP multicast fast switching is enabled");
        out.add("  IP multicast distributed fast switching is disabled");
        out.add("  IP route-cache flags are Fast, CEF");
        out.add("  Router Discovery is disabled");
        out.add("  IP output packet accounting is disabled");
        out.add("  IP access violation accounting is disabled");
        out.add("  TCP/IP header compression is disabled");
        out.add("  RTP/IP header compression is disabled");
        out.add("  Probe proxy name replies are disabled");
        out.add("  Policy routing is disabled");
        out.add("  Network address translation is disabled");
        out.add("  BGP Policy Mapping is disabled");
        out.add("  Input features: MCI Check");
        out.add("  IPv4 WCCP Redirect outbound is disabled");
        out.add("  IPv4 WCCP Redirect inbound is disabled");
        out.add("  IPv4 WCCP Redirect exclude is disabled");
        return out;
    }
}
