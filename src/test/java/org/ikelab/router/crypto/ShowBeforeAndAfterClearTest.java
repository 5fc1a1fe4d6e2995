package org.ikelab.router.crypto;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ikelab.cli.show.crypto.ShowCryptoIpsecSa;
import org.junit.jupiter.api.Test;

/**
 * What {@code show crypto ipsec sa} says around the life of a tunnel: before any traffic the flow
 * already names the entry's peer, and {@code clear crypto sa} / {@code clear crypto session} start
 * every counter again from 0, {@code #send errors} included (reference §4.3, §4.19).
 */
class ShowBeforeAndAfterClearTest {
    @Test
    void beforeAnyTrafficTheFlowNamesTheConfiguredPeer() {
        CryptoLab lab = CryptoLab.classic();
        String ipsec = ShowCryptoIpsecSa.format(new CryptoStatus(lab.engine("R1")).ipsecSas());
        assertTrue(ipsec.contains("   current_peer 10.10.10.2 port 500\n     PERMIT, flags={origin_is_acl,}\n"
                + "    #pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0\n"), ipsec);
        assertTrue(ipsec.contains("    #send errors 0, #recv errors 0\n\n"
                + "     local crypto endpt.: 10.10.10.1, remote crypto endpt.: 10.10.10.2\n"
                + "     plaintext mtu 1500, path mtu 1500, ip mtu 1500, ip mtu idb GigabitEthernet0/2\n"
                + "     current outbound spi: 0x0(0)\n"), ipsec);
    }

    @Test
    void clearCryptoSaStartsSendErrorsAgainFromZero() {
        CryptoLab lab = CryptoLab.classic();
        lab.ping("H1", "192.168.2.2");
        CryptoStatus r1 = new CryptoStatus(lab.engine("R1"));
        assertTrue(ShowCryptoIpsecSa.format(r1.ipsecSas()).contains("    #send errors 1, #recv errors 0\n"));
        lab.engine("R1").clearSa(null);
        lab.advance(java.time.Duration.ofSeconds(1));
        String ipsec = ShowCryptoIpsecSa.format(r1.ipsecSas());
        assertTrue(ipsec.contains("    #pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0\n"), ipsec);
        assertTrue(ipsec.contains("    #send errors 0, #recv errors 0\n"), ipsec);
    }

    @Test
    void clearCryptoSessionStartsSendErrorsAgainFromZero() {
        CryptoLab lab = CryptoLab.classic();
        lab.ping("H1", "192.168.2.2");
        lab.engine("R1").clearSession(null);
        lab.advance(java.time.Duration.ofSeconds(1));
        String ipsec = ShowCryptoIpsecSa.format(new CryptoStatus(lab.engine("R1")).ipsecSas());
        assertTrue(ipsec.contains("    #send errors 0, #recv errors 0\n"), ipsec);
    }

    @Test
    void clearCryptoSaMapDeletesThatMapsSasOnly() {
        CryptoLab lab = CryptoLab.classic();
        lab.ping("H1", "192.168.2.2");
        CryptoStatus r1 = new CryptoStatus(lab.engine("R1"));
        lab.engine("R1").clearSaMap("OTHER_MAP");
        assertTrue(ShowCryptoIpsecSa.format(r1.ipsecSas()).contains("    #pkts encaps: 4, #pkts encrypt: 4, #pkts digest: 4\n"));
        lab.engine("R1").clearSaMap("MY_CRYPTO_MAP");
        lab.advance(java.time.Duration.ofSeconds(1));
        String ipsec = ShowCryptoIpsecSa.format(r1.ipsecSas());
        assertTrue(ipsec.contains("    #pkts encaps: 0, #pkts encrypt: 0, #pkts digest: 0\n"), ipsec);
        assertTrue(ipsec.contains("     current outbound spi: 0x0(0)\n"), ipsec);
        // The peer was told: its SAs are gone too, and the next ping negotiates again.
        assertTrue(ShowCryptoIpsecSa.format(new CryptoStatus(lab.engine("R2")).ipsecSas()).contains("     current outbound spi: 0x0(0)\n"));
        assertTrue(lab.ping("H1", "192.168.2.2").endsWith("!!!"));
    }
}
