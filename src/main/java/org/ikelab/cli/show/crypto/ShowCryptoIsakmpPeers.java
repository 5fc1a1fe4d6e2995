package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.IosText.addr;

import java.util.List;
import org.ikelab.ike.status.IsakmpPeerStatus;

/**
 * {@code show crypto isakmp peers} (reference §4.7, captured S8): two lines per peer, peers
 * following each other without blank lines (decision: the capture shows a single peer).
 */
public final class ShowCryptoIsakmpPeers {
    private ShowCryptoIsakmpPeers() {}

    /** The peers in the given order; nothing when there is none. */
    public static String format(List<IsakmpPeerStatus> peers) {
        StringBuilder sb = new StringBuilder();
        for (IsakmpPeerStatus p : peers) {
            sb.append("Peer: ").append(addr(p.peer())).append(" Port: ").append(p.port())
                    .append(" Local: ").append(addr(p.local())).append('\n');
            sb.append(" Phase1 id: ").append(p.phase1Id()).append('\n');
        }
        return sb.toString();
    }
}
