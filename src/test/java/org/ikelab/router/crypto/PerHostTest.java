package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ikelab.ike.v1.ChildSaPair;
import org.ikelab.ike.v1.IkeSa;
import org.ikelab.router.PingRequest;
import org.ikelab.wire.Ipv4Address;
import org.junit.jupiter.api.Test;

/** {@code set security-association level per-host}: one SA pair per host pair inside the ACL line. */
class PerHostTest {
    static final String PER_HOST = " set security-association level per-host";

    @Test
    void eachHostPairGetsItsOwnSas() {
        CryptoLab lab = CryptoLab.siteToSite(CryptoLab.r1("esp-aes esp-sha-hmac", PER_HOST),
                CryptoLab.r2("esp-aes esp-sha-hmac", PER_HOST));
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        IkeSa r1 = lab.engine("R1").daemon().sas().get(0);
        ChildSaPair first = r1.children().get(0);
        assertTrue(first.outbound().local().isHost() && first.outbound().remote().isHost(), "host proxies");
        assertEquals(1, lab.engine("R2").daemon().sas().get(0).children().size());
        // A second source inside 192.168.1.0/24 (R1's own LAN address) negotiates its own pair.
        PingRequest fromLan = new PingRequest(Ipv4Address.parse("192.168.2.2"), 5, 100, Ipv4Address.parse("192.168.1.254"),
                null, 2, false);
        assertEquals(".!!!!", lab.ping("R1", fromLan).results());
        assertEquals(2, r1.children().size());
        assertEquals(2, lab.engine("R2").daemon().sas().get(0).children().size());
        assertEquals("!!!!!", lab.ping("H1", "192.168.2.2"), "the first host pair still has its SAs");
        assertEquals(4, lab.engine("R1").dataPlane().sas().size());
    }
}
