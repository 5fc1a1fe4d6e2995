package org.ikelab.router.crypto;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.ike.status.CryptoSessionStatus;
import org.ikelab.ike.status.SessionBriefRow;
import org.ikelab.ike.v1.IkeSa;
import org.ikelab.ike.v1.Ikev1State;

/**
 * The rows of {@code show crypto session brief}: the sessions {@link CryptoStatus#cryptoSessions()}
 * lists, in the same order, each with the age and peer identity of its oldest established IKE SA.
 * A snapshot, taken on the router's event loop.
 */
public final class CryptoSessionBriefs {
    private CryptoSessionBriefs() {
    }

    public static List<SessionBriefRow> rows(CryptoEngine engine) {
        List<SessionBriefRow> out = new ArrayList<>();
        List<IkeSa> sas = engine.daemon().sas();
        for (CryptoSessionStatus s : new CryptoStatus(engine).cryptoSessions()) {
            IkeSa oldest = null;
            long uptime = -1;
            for (IkeSa sa : sas) {
                if (sa.state() != Ikev1State.QM_IDLE || !sa.remote().address().equals(s.peer())) continue;
                long age = age(sa);
                if (age > uptime) {
                    uptime = age;
                    oldest = sa;
                }
            }
            // Site-to-site sessions have no user (no XAUTH); the column stays blank.
            out.add(new SessionBriefRow(s.peer(), s.interfaceName(), null, oldest == null ? null : identity(oldest, s.peer()),
                    uptime, s.state()));
        }
        return out;
    }

    /** Seconds since phase 1 completed: the agreed lifetime minus what is left of it. */
    private static long age(IkeSa sa) {
        long remaining = sa.lifetimeRemainingSeconds();
        if (remaining < 0) return -1;
        Phase1Proposal p = sa.phase1().agreed();
        return p == null ? -1 : Math.max(0, p.lifetimeSeconds() - remaining);
    }

    /** The identity the peer authenticated with (address or FQDN); its address if it sent none we kept. */
    private static String identity(IkeSa sa, InetAddress peer) {
        String id = sa.phase1().peerIdentity();
        return id != null ? id : peer.getHostAddress();
    }
}
