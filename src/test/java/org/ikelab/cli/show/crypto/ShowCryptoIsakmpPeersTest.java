package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.Golden.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ikelab.ike.status.IsakmpPeerStatus;
import org.junit.jupiter.api.Test;

/** Reference §4.7 (captured S8). */
class ShowCryptoIsakmpPeersTest {
    @Test
    void branchBMatchesCaptureS8() {
        assertEquals("""
                Peer: 15.0.0.1 Port: 500 Local: 25.0.0.1
                 Phase1 id: 15.0.0.1
                """, ShowCryptoIsakmpPeers.format(List.of(
                new IsakmpPeerStatus(ip("15.0.0.1"), 500, ip("25.0.0.1"), "15.0.0.1"))));
    }
}
