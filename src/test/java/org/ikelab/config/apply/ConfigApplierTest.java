package org.ikelab.config.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.config.RouterConfig;
import org.ikelab.parse.ConfigLoader;
import org.ikelab.router.Direction;
import org.ikelab.router.Router;
import org.ikelab.router.RouterInterface;
import org.junit.jupiter.api.Test;

/** The applier brings the router in line with the configuration, and only touches what changed. */
class ConfigApplierTest {
    private final VirtualScheduler sim = new VirtualScheduler();
    private final Router router = new Router("Router", sim);
    private final ConfigApplier applier = new ConfigApplier(router);
    private final RouterConfig cfg = new RouterConfig();

    private void load(String text) {
        assertEquals(List.of(), ConfigLoader.load(text, cfg, sim, RandomSource.seeded(1)));
        applier.apply(cfg, "manual");
    }

    @Test
    void interfacesAddressesRoutesAndAcls() {
        load("""
                hostname R9
                interface Loopback3
                 ip address 3.3.3.3 255.255.255.255
                 description lo
                interface GigabitEthernet0/1
                 ip address 10.1.1.1 255.255.255.0
                 ip access-group 120 in
                 ip mtu 1400
                 no shutdown
                ip route 192.168.0.0 255.255.0.0 10.1.1.2
                access-list 120 permit tcp any any eq www
                access-list 120 deny   ip any any
                """);
        assertEquals("R9", router.hostname());
        RouterInterface lo = router.iface("Loopback3");
        assertEquals("3.3.3.3", lo.address().toString());
        assertEquals("lo", lo.description());
        RouterInterface g = router.iface("GigabitEthernet0/1");
        assertTrue(g.adminUp());
        assertEquals(1400, g.mtu());
        assertEquals("120", g.accessGroup(Direction.IN).name());
        assertEquals(2, g.accessGroup(Direction.IN).entries().size());
        assertEquals(1, router.staticRoutes().size());
        assertEquals(List.of("120"), List.copyOf(applier.acls().keySet()));

        load("""
                no interface Loopback3
                no ip route 192.168.0.0 255.255.0.0 10.1.1.2
                interface GigabitEthernet0/1
                 no ip access-group 120 in
                 shutdown
                 no ip address
                no access-list 120
                """);
        assertNull(router.findInterface("Loopback3"));
        assertFalse(g.adminUp());
        assertFalse(g.hasAddress());
        assertNull(g.accessGroup(Direction.IN));
        assertEquals(0, router.staticRoutes().size());
        assertTrue(applier.acls().isEmpty());
    }

    @Test
    void anAclEditReachesTheInterfaceUsingIt() {
        load("access-list 5 permit 10.0.0.0 0.255.255.255\ninterface GigabitEthernet0/0\n ip access-group 5 out\n");
        load("access-list 5 deny any\n");
        assertEquals(2, router.iface("GigabitEthernet0/0").accessGroup(Direction.OUT).entries().size());
    }
}
