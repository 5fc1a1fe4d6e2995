package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ikelab.config.IfName;
import org.ikelab.config.RouterConfig;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    @Test
    void badLinesAreReportedWithTheirNumberAndGoodLinesApply() {
        String text = String.join("\n",
                "hostname R7",
                "interface Loopback0",
                " ip address 10.0.0.1 255.255.255.0",
                " bogus command",
                "ip route 10.9.9.1 255.255.255.0 10.0.0.2",
                "ip route 10.9.9.0 255.255.255.0 10.0.0.2",
                "end");
        RouterConfig c = new RouterConfig();
        List<ConfigLoader.Problem> p = TestRouters.load(text, c);
        assertEquals(List.of(4, 5), p.stream().map(ConfigLoader.Problem::lineNumber).toList());
        assertEquals("% Invalid input detected at '^' marker.", p.get(0).message().get(1));
        assertEquals(List.of("%Inconsistent address and mask"), p.get(1).message());
        assertEquals("R7", c.hostname());
        assertEquals("10.0.0.1", c.interfaces().get(IfName.parse("Loopback0")).address());
        assertEquals(1, c.routes().size());
    }

    @Test
    void indentationIsIgnoredAndSubModesFollowTheCommands() {
        RouterConfig c = new RouterConfig();
        assertEquals(List.of(), TestRouters.load("interface Tunnel5\ntunnel mode ipsec ipv4\n   ip mtu 1400\nline vty 0 4\n  login local", c));
        assertEquals(1400, c.interfaces().get(IfName.parse("Tunnel5")).mtu());
        assertEquals(true, c.lines().get("vty").loginLocal());
    }
}
