package org.ikelab.cli.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.cli.show.crypto.CryptoDebugMessages;
import org.junit.jupiter.api.Test;

/**
 * {@code debug crypto isakmp} and {@code debug crypto ipsec} on a responder that refuses a quick
 * mode (reference §5.4), on lab 06's broken spokes: R3's transform set differs (error 256), R4's
 * crypto ACL does not mirror R1's (proxy_match, error 32). The refused offer shows its attributes
 * and the IPsec verdict, never the SPI and install lines of an accepted one.
 */
class ResponderQuickModeRejectTest {
    private static List<String> refusal(String spoke, String target) throws Exception {
        LabHarness h = new LabHarness(Path.of("labs/06-troubleshoot-three-tunnels"), false);
        List<String> console = new ArrayList<>();
        // The spoke's own debug switches, its lines read from its log without the time stamps.
        h.nodes.get(spoke).addLogListener(l -> console.add(l.replaceFirst("^\\*\\w{3} [ \\d]\\d [\\d:.]+: ", "")));
        CryptoDebug debug = CryptoNodeFeature.of(h.nodes.get(spoke)).debug();
        debug.set(CryptoDebugMessages.Flag.ISAKMP, true);
        debug.set(CryptoDebugMessages.Flag.IPSEC, true);
        h.type("R1", "enable");
        String ping = h.type("R1", "ping " + target + " source Loopback0 repeat 1").screen();
        h.sleep(java.time.Duration.ofSeconds(10));  // IKE goes on after the echo timed out
        int from = console.indexOf("ISAKMP:(1001):atts are acceptable.");
        assertTrue(from > 0, ping + String.join("\n", console));
        List<String> out = new ArrayList<>();
        for (String l : console.subList(from, Math.min(console.size(), from + 12))) out.add(l);
        return out;
    }

    @Test
    void transformMismatch() throws Exception {
        List<String> l = refusal("R3", "192.168.3.1");
        assertEquals(List.of(
                "ISAKMP:(1001):atts are acceptable.",
                "IPSEC(validate_proposal_request): proposal part #1",
                "IPSEC(ipsec_process_proposal): transform proposal not supported for identity: {esp-aes esp-sha-hmac }",
                "ISAKMP:(1001): IPSec policy invalidated proposal with error 256",
                "ISAKMP:(1001): phase 2 SA policy not acceptable! (local 10.10.13.2 remote 10.10.13.1)"),
                l.subList(0, 5));
        assertTrue(l.stream().noneMatch(s -> s.contains("QM Responder gets spi")), l.toString());
    }

    @Test
    void proxyMismatch() throws Exception {
        List<String> l = refusal("R4", "192.168.4.1");
        assertEquals(List.of(
                "ISAKMP:(1001):atts are acceptable.",
                "IPSEC(validate_proposal_request): proposal part #1",
                "Crypto mapdb : proxy_match",
                "        src addr     : 192.168.4.0",
                "        dst addr     : 192.168.1.0",
                "        protocol     : 0",
                "        src port     : 0",
                "        dst port     : 0",
                "map_db_find_best did not find matching map",
                "IPSEC(ipsec_process_proposal): proxy identities not supported",
                "ISAKMP:(1001): IPSec policy invalidated proposal with error 32",
                "ISAKMP:(1001): phase 2 SA policy not acceptable! (local 10.10.14.2 remote 10.10.14.1)"),
                l);
    }
}
