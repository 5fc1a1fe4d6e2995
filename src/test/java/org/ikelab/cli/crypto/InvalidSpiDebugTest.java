package org.ikelab.cli.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.router.crypto.LabAccess;
import org.junit.jupiter.api.Test;

/**
 * {@code debug crypto isakmp} on the router that answers a stale SPI: the INVALID-SPI notify
 * leaves as a protected informational under the established SA, printed like every other
 * informational the responder sends.
 */
class InvalidSpiDebugTest {
    @Test
    void theNotifyIsAnInformationalSentUnderTheIsakmpSa() {
        LabAccess lab = LabAccess.classic();
        assertEquals(".!!!!", lab.ping("H1", "192.168.2.2"));
        lab.cable(1, false);
        lab.engine("R2").clearSa(null);     // its Delete notifies are lost
        lab.cable(1, true);
        List<String> console = new ArrayList<>();
        CryptoDebug debug = new CryptoDebug(console::add);
        debug.attach(lab.engine("R2"));
        debug.set(org.ikelab.cli.show.crypto.CryptoDebugMessages.Flag.ISAKMP, true);
        lab.ping("H1", "192.168.2.2");
        // The first line R2 prints is the notify leaving; the quick mode R1 starts follows.
        assertEquals("ISAKMP:(1001): sending packet to 10.10.10.1 my_port 500 peer_port 500 (R) QM_IDLE      ", console.get(0));
        assertEquals("ISAKMP (0:1001): received packet from 10.10.10.1 dport 500 sport 500 Global (R) QM_IDLE      ",
                console.get(1));
    }
}
