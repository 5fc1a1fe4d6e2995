package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.Golden.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.ikelab.ike.status.CryptoSessionStatus;
import org.ikelab.ike.status.IkeCapability;
import org.ikelab.ike.status.SessionFlow;
import org.ikelab.ike.status.SessionIkeSa;
import org.ikelab.ike.status.SessionState;
import org.ikelab.ipsec.status.ProxyIdent;
import org.junit.jupiter.api.Test;

/** Golden tests for reference §4.4 (IOS 15.2+ form, trailing spaces of the S7 golden output). */
class ShowCryptoSessionTest {

    static SessionFlow gre(String local, String remote, long in, long out) {
        return new SessionFlow(true,
                new ProxyIdent(ip(local), ip("255.255.255.255"), 47, 0),
                new ProxyIdent(ip(remote), ip("255.255.255.255"), 47, 0),
                2, "crypto map", in, 0, out, 0, OptionalLong.empty(), 3060);
    }

    @Test
    void summaryMatchesGoldenS7() {
        CryptoSessionStatus s = new CryptoSessionStatus("Tunnel13", null, 100, SessionState.UP_ACTIVE,
                ip("11.0.1.1"), 500, null, null, "11.0.1.1", null, 0,
                List.of(new SessionIkeSa(1, ip("11.0.1.2"), 500, ip("11.0.1.1"), 500, true, Set.of(), 1001, 3600)),
                List.of(gre("11.0.1.2", "11.0.1.1", 5, 5)));
        assertEquals(Golden.read("session.txt"), ShowCryptoSession.format(List.of(s)));
    }

    @Test
    void detailMatchesGoldenS7() {
        CryptoSessionStatus s = new CryptoSessionStatus("Tunnel13", "GS-GRE:ISAKMP", 3 * 86400 + 18 * 3600 + 7,
                SessionState.UP_ACTIVE, ip("11.0.2.1"), 500, null, null, "11.0.2.1", null, 0,
                List.of(new SessionIkeSa(1, ip("11.0.2.2"), 500, ip("11.0.2.1"), 500, true,
                        Set.of(IkeCapability.DPD), 1042, 5 * 3600 + 50 * 60 + 3)),
                List.of(gre("11.0.2.2", "11.0.2.1", 449282, 772730)));
        // The reference block stops after the entry's last line; like the summary capture, each
        // entry ends with a blank line.
        assertEquals(Golden.read("session_detail.txt") + "\n", ShowCryptoSession.formatDetail(List.of(s)));
    }

    @Test
    void downCryptoMapSessionAndSubnetFlow() {
        // S52 shape: a configured-but-down map entry; subnet flows print addr/mask (S7, S52).
        CryptoSessionStatus s = new CryptoSessionStatus("GigabitEthernet0/0", null, -1, SessionState.DOWN,
                ip("25.2.2.2"), 500, null, null, null, null, 0, List.of(),
                List.of(new SessionFlow(true,
                        new ProxyIdent(ip("192.168.1.0"), ip("255.255.255.0"), 0, 0),
                        new ProxyIdent(ip("192.168.2.0"), ip("255.255.255.0"), 0, 0),
                        0, "crypto map", 0, 0, 0, 0, OptionalLong.of(4236992), 615)));
        assertEquals("""
                Crypto session current status

                Interface: GigabitEthernet0/0
                Session status: DOWN         \s
                Peer: 25.2.2.2 port 500\s
                  IPSEC FLOW: permit ip 192.168.1.0/255.255.255.0 192.168.2.0/255.255.255.0\s
                        Active SAs: 0, origin: crypto map

                """, ShowCryptoSession.format(List.of(s)));
        String detail = ShowCryptoSession.formatDetail(List.of(s));
        assertEquals("        Inbound:  #pkts dec'ed 0 drop 0 life (KB/Sec) 4236992/615",
                detail.lines().filter(l -> l.contains("Inbound:")).findFirst().orElseThrow());
    }

    @Test
    void negotiatingSessionWithoutPhase1Identity() {
        // Shape of a real capture (ntc-templates cisco_ios_show_crypto_session_detail.raw):
        // Desc before "Phase1_id: (none)", inactive IKE SA with "lifetime:0"; trailing spaces per S7.
        CryptoSessionStatus s = new CryptoSessionStatus("Tunnel1201", null, -1, SessionState.DOWN_NEGOTIATING,
                ip("10.161.255.14"), 500, null, null, null, null, 0,
                List.of(new SessionIkeSa(1, ip("10.175.200.116"), 500, ip("10.161.255.14"), 500, false, Set.of(), 0, 0)),
                List.of(new SessionFlow(true,
                        new ProxyIdent(ip("10.175.200.116"), ip("255.255.255.255"), 47, 0),
                        new ProxyIdent(ip("10.161.255.14"), ip("255.255.255.255"), 47, 0),
                        0, "crypto map", 0, 0, 0, 0, OptionalLong.of(0), 0)));
        String detail = ShowCryptoSession.formatDetail(List.of(s));
        assertEquals("""
                Interface: Tunnel1201
                Session status: DOWN-NEGOTIATING
                Peer: 10.161.255.14 port 500 fvrf: (none) ivrf: (none)
                      Desc: (none)
                      Phase1_id: (none)
                  Session ID: 0 \s
                  IKEv1 SA: local 10.175.200.116/500 remote 10.161.255.14/500 Inactive\s
                          Capabilities:(none) connid:0 lifetime:0
                  IPSEC FLOW: permit 47 host 10.175.200.116 host 10.161.255.14\s
                        Active SAs: 0, origin: crypto map
                        Inbound:  #pkts dec'ed 0 drop 0 life (KB/Sec) 0/0
                        Outbound: #pkts enc'ed 0 drop 0 life (KB/Sec) 0/0

                """, detail.substring(detail.indexOf("Interface:")));
    }

    @Test
    void ikev2SessionNamesItsProfileInTheSummaryToo() {
        CryptoSessionStatus s = new CryptoSessionStatus("Tunnel0", "IKEV2-PROFILE", 60, SessionState.UP_ACTIVE,
                ip("10.0.0.2"), 500, null, null, "10.0.0.2", null, 1,
                List.of(new SessionIkeSa(2, ip("10.0.0.1"), 500, ip("10.0.0.2"), 500, true, Set.of(), 1, 86000)),
                List.of(new SessionFlow(true,
                        new ProxyIdent(ip("0.0.0.0"), ip("0.0.0.0"), 0, 0),
                        new ProxyIdent(ip("0.0.0.0"), ip("0.0.0.0"), 0, 0),
                        2, "crypto map", 0, 0, 0, 0, OptionalLong.of(4608000), 3600)));
        assertEquals("""
                Crypto session current status

                Interface: Tunnel0
                Profile: IKEV2-PROFILE
                Session status: UP-ACTIVE    \s
                Peer: 10.0.0.2 port 500\s
                  Session ID: 1 \s
                  IKEv2 SA: local 10.0.0.1/500 remote 10.0.0.2/500 Active\s
                  IPSEC FLOW: permit ip 0.0.0.0/0.0.0.0 0.0.0.0/0.0.0.0\s
                        Active SAs: 2, origin: crypto map

                """, ShowCryptoSession.format(List.of(s)));
    }

    @Test
    void uptimeSpelling() {
        assertEquals("00:00:59", IosText.uptime(59));
        assertEquals("05:50:03", IosText.uptime(5 * 3600 + 50 * 60 + 3));
        assertEquals("3d18h", IosText.uptime(3 * 86400 + 18 * 3600 + 59));
        assertEquals("1d00h", IosText.uptime(86400));
        assertEquals("2w1d", IosText.uptime(15 * 86400));
    }
}
