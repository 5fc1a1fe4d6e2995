package org.ikelab.cli.crypto;

import java.nio.file.Path;
import org.ikelab.ike.v1.IkeSa;
import org.ikelab.ike.v1.Ikev1Listener;
import org.ikelab.ike.v1.Ikev1State;
import org.junit.jupiter.api.Test;

class LabDebugTest {
    @Test
    void debug() throws Exception {
        LabHarness h = new LabHarness(Path.of("labs/01-site-to-site-crypto-map"), true);
        for (String r : new String[] {"R1", "R2"}) {
            String rr = r;
            CryptoNodeFeature.of(h.nodes.get(r)).engine().observe(new Ikev1Listener() {
                @Override public void stateChanged(IkeSa sa, Ikev1State from, Ikev1State to) {
                    System.out.println(h.sched.nanoTime() / 1_000_000 + " " + rr + " " + sa + " " + from + "->" + to);
                }
                @Override public void deleted(IkeSa sa, String reason) {
                    System.out.println(h.sched.nanoTime() / 1_000_000 + " " + rr + " deleted " + sa + " " + reason);
                }
                @Override public void dropped(String reason, String detail) {
                    System.out.println(h.sched.nanoTime() / 1_000_000 + " " + rr + " drop " + reason + " " + detail);
                }
                @Override public void exchangeFailed(IkeSa sa, int t, String reason) {
                    System.out.println(h.sched.nanoTime() / 1_000_000 + " " + rr + " failed " + t + " " + reason);
                }
            });
        }
        h.type("H1", "enable");
        System.out.println(h.type("H1", "ping 192.168.2.2").screen());
        System.out.println(h.type("H1", "ping 192.168.2.2").screen());
        System.out.println(h.nodes.get("R1").router().arpTable());
        System.out.println(h.nodes.get("R1").router().drops());
    }
}
