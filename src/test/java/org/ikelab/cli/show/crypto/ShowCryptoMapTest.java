package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.Golden.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ikelab.ipsec.status.CryptoMapEntryStatus;
import org.ikelab.ipsec.status.CryptoMapStatus;
import org.ikelab.ipsec.status.TransformSetStatus;
import org.junit.jupiter.api.Test;

/**
 * Golden tests for reference §4.5. §8 decisions: TAB indentation (raw capture S7; the golden file
 * is the S21 block with its 8-space tab stops turned back into TABs) and the 15.2+ title.
 */
class ShowCryptoMapTest {

    @Test
    void staticMapMatchesCaptureS21WithTheNiStTeSt1Line() {
        CryptoMapEntryStatus e = new CryptoMapEntryStatus(10, CryptoMapEntryStatus.Type.IPSEC_ISAKMP, false,
                null, null, false, List.of(ip("193.200.200.1")), "TO-CRYPT",
                List.of("access-list TO-CRYPT permit ip 172.16.1.0 0.0.0.255 172.17.1.0 0.0.0.255"),
                null, null, 2560, 300, 900, false, 0, false,
                List.of(new TransformSetStatus("STRONG", List.of("esp-192-aes", "esp-sha-hmac"))));
        String out = ShowCryptoMap.format(List.of(
                new CryptoMapStatus("MY-CRYPTO", List.of(e), List.of()),
                new CryptoMapStatus("NiStTeSt1", List.of(), List.of())));
        assertEquals(Golden.read("crypto_map.txt"), out);
    }

    @Test
    void boundMapWithCurrentPeerThenNiStTeSt1() {
        // Lab capture of RX2 (same lab as S21) after the tunnel came up: a blank line follows
        // the interface list.
        CryptoMapEntryStatus e = new CryptoMapEntryStatus(10, CryptoMapEntryStatus.Type.IPSEC_ISAKMP, false,
                null, null, false, List.of(ip("193.100.100.1")), "TO-CRYPT",
                List.of("access-list TO-CRYPT permit ip 172.17.1.0 0.0.0.255 172.16.1.0 0.0.0.255"),
                null, ip("193.100.100.1"), 2560, 300, 900, false, 0, false,
                List.of(new TransformSetStatus("STRONG", List.of("esp-192-aes", "esp-sha-hmac"))));
        assertEquals(Golden.read("crypto_map_bound_with_current_peer.txt"), ShowCryptoMap.format(List.of(
                new CryptoMapStatus("MY-CRYPTO", List.of(e), List.of("Ethernet0/0")),
                new CryptoMapStatus("NiStTeSt1", List.of(), List.of()))));
    }

    @Test
    void niStTeSt1ListedFirst() {
        // IOU lab capture where the internal map comes first: a blank line before the title.
        CryptoMapEntryStatus e = new CryptoMapEntryStatus(10, CryptoMapEntryStatus.Type.IPSEC_ISAKMP, false,
                null, null, false, List.of(ip("12.1.1.2")), "R1_R2",
                List.of("access-list R1_R2 permit ip host 12.1.1.1 host 12.1.1.2"),
                null, null, 4608000, 3600, 0, false, 0, false,
                List.of(new TransformSetStatus("TRANS0", List.of("esp-3des", "esp-md5-hmac"))));
        assertEquals(Golden.read("crypto_map_nisttest_first.txt"), ShowCryptoMap.format(List.of(
                new CryptoMapStatus("NiStTeSt1", List.of(), List.of()),
                new CryptoMapStatus("SITE2SITE1", List.of(e), List.of()))));
    }

    @Test
    void incompleteEntryPfsCurrentPeerAndTwoEntries() {
        // First three lines captured (S7); DH group line captured (S52); the rest composed.
        CryptoMapEntryStatus incomplete = new CryptoMapEntryStatus(1, CryptoMapEntryStatus.Type.IPSEC_ISAKMP, true,
                null, null, false, List.of(ip("172.20.249.12")), null, List.of(), null, null,
                4608000, 3600, 0, false, 15, false,
                List.of(new TransformSetStatus("TS", List.of("esp-aes", "esp-sha-hmac"))));
        CryptoMapEntryStatus up = new CryptoMapEntryStatus(20, CryptoMapEntryStatus.Type.IPSEC_ISAKMP, false,
                null, null, false, List.of(ip("10.0.0.2")), "101",
                List.of("access-list 101 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255"), null,
                ip("10.0.0.2"), 4608000, 3600, 0, false, 0, false,
                List.of(new TransformSetStatus("TS", List.of("esp-aes", "esp-sha-hmac"))));
        String out = ShowCryptoMap.format(List.of(
                new CryptoMapStatus("VPN_To_Switch2", List.of(incomplete, up), List.of("GigabitEthernet0/0"))));
        assertEquals("""
                Crypto Map IPv4 "VPN_To_Switch2" 1 ipsec-isakmp
                \tWARNING: This crypto map is in an incomplete state!
                \t\t(missing peer or access-list definitions)
                \tPeer = 172.20.249.12
                \tNo matching address list set.
                \tSecurity association lifetime: 4608000 kilobytes/3600 seconds
                \tResponder-Only (Y/N): N
                \tPFS (Y/N): Y
                \tDH group:  group15
                \tMixed-mode : Disabled
                \tTransform sets={
                \t\tTS:  { esp-aes esp-sha-hmac  } ,
                \t}

                Crypto Map IPv4 "VPN_To_Switch2" 20 ipsec-isakmp
                \tPeer = 10.0.0.2
                \tExtended IP access list 101
                \t    access-list 101 permit ip 192.168.1.0 0.0.0.255 192.168.2.0 0.0.0.255
                \tCurrent peer: 10.0.0.2
                \tSecurity association lifetime: 4608000 kilobytes/3600 seconds
                \tResponder-Only (Y/N): N
                \tPFS (Y/N): N
                \tMixed-mode : Disabled
                \tTransform sets={
                \t\tTS:  { esp-aes esp-sha-hmac  } ,
                \t}
                \tInterfaces using crypto map VPN_To_Switch2:
                \t\tGigabitEthernet0/0

                """, out);
    }

    @Test
    void vtiProfileInstance() {
        // Hand-copied captures (S52, S67), exact spacing unverified: template 65536, instance 65537.
        TransformSetStatus ts = new TransformSetStatus("TS", List.of("esp-aes", "esp-sha-hmac"));
        CryptoMapEntryStatus template = new CryptoMapEntryStatus(65536, CryptoMapEntryStatus.Type.IPSEC_ISAKMP,
                false, null, "VTI", false, List.of(), null, List.of(), null, null, 4608000, 3600, 0, false, 0,
                false, List.of(ts));
        CryptoMapEntryStatus instance = new CryptoMapEntryStatus(65537, CryptoMapEntryStatus.Type.IPSEC_ISAKMP,
                false, null, null, true, List.of(ip("10.0.0.2")), "", List.of("access-list  permit ip any any"),
                null, ip("10.0.0.2"), 4608000, 3600, 0, false, 0, false, List.of(ts));
        String out = ShowCryptoMap.format(List.of(
                new CryptoMapStatus("Tunnel0-head-0", List.of(template, instance), List.of("Tunnel0"))));
        assertEquals("""
                Crypto Map IPv4 "Tunnel0-head-0" 65536 ipsec-isakmp
                \tProfile name: VTI
                \tSecurity association lifetime: 4608000 kilobytes/3600 seconds
                \tResponder-Only (Y/N): N
                \tPFS (Y/N): N
                \tMixed-mode : Disabled
                \tTransform sets={
                \t\tTS:  { esp-aes esp-sha-hmac  } ,
                \t}

                Crypto Map IPv4 "Tunnel0-head-0" 65537 ipsec-isakmp
                \tMap is a PROFILE INSTANCE.
                \tPeer = 10.0.0.2
                \tExtended IP access list\s
                \t    access-list  permit ip any any
                \tCurrent peer: 10.0.0.2
                \tSecurity association lifetime: 4608000 kilobytes/3600 seconds
                \tResponder-Only (Y/N): N
                \tPFS (Y/N): N
                \tMixed-mode : Disabled
                \tTransform sets={
                \t\tTS:  { esp-aes esp-sha-hmac  } ,
                \t}
                \tInterfaces using crypto map Tunnel0-head-0:
                \t\tTunnel0

                """, out);
    }
}
