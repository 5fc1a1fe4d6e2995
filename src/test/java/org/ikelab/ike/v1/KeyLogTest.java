package org.ikelab.ike.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ikelab.common.Hex;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.crypto.ikev1.JdkCbcCipher;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.RetransmitPolicy;
import org.junit.jupiter.api.Test;

/** Wireshark key-log lines for the crypto map lab. */
class KeyLogTest {
    @Test
    void writesIkev1AndEspSaLines() {
        VirtualScheduler clock = new VirtualScheduler();
        InMemoryNetwork net = new InMemoryNetwork();
        List<String> ike = new ArrayList<>();
        List<String> esp = new ArrayList<>();
        byte[] psk = "cisco123".getBytes(StandardCharsets.US_ASCII);
        ChildConfig c1 = QuickModeExchangeTest.child(QuickModeExchangeTest.LAN1, QuickModeExchangeTest.LAN2, 0);
        ChildConfig c2 = QuickModeExchangeTest.child(QuickModeExchangeTest.LAN2, QuickModeExchangeTest.LAN1, 0);
        PeerConfig p1 = new PeerConfig(MainModeExchangeTest.R1, MainModeExchangeTest.R2, psk,
                List.of(MainModeExchangeTest.AES_SHA_G2), true, List.of(c1));
        PeerConfig p2 = new PeerConfig(MainModeExchangeTest.R2, MainModeExchangeTest.R1, psk,
                List.of(MainModeExchangeTest.AES_SHA_G2), true, List.of(c2));
        IkeV1Daemon r1 = new IkeV1Daemon(clock, RandomSource.seeded(1), net, new RecordingInstaller(), JdkCbcCipher.provider(),
                ep -> Optional.empty(), new Ikev1Listeners(List.of(new KeyLog(ike::add, esp::add))), RetransmitPolicy.DEFAULT);
        IkeV1Daemon r2 = new IkeV1Daemon(clock, RandomSource.seeded(2), net, new RecordingInstaller(), JdkCbcCipher.provider(),
                ep -> Optional.of(p2), Ikev1Listener.NONE, RetransmitPolicy.DEFAULT);
        net.attach(MainModeExchangeTest.R1, r1);
        net.attach(MainModeExchangeTest.R2, r2);
        IkeSa sa = r1.initiate(p1, c1);
        for (int k = 0; k < 9; k++) net.deliver();
        assertEquals(List.of(Hex.encode(sa.phase1().ckyI) + "," + Hex.encode(sa.phase1().keys().encryptionKey())), ike);
        assertEquals(2, esp.size());
        ChildSaPair pair = sa.children().get(0);
        assertEquals("\"IPv4\",\"77.77.77.77\",\"122.122.122.122\",\"" + String.format("0x%08x", pair.inbound().spi())
                + "\",\"AES-CBC [RFC3602]\",\"0x" + Hex.encode(pair.inbound().encryptionKey())
                + "\",\"HMAC-SHA-1-96 [RFC2404]\",\"0x" + Hex.encode(pair.inbound().integrityKey()) + "\"", esp.get(0));
        assertTrue(esp.get(1).startsWith("\"IPv4\",\"122.122.122.122\",\"77.77.77.77\","));
    }

    /** AH and AES-GMAC SAs have no esp_sa line (a "NULL" one would mislead tshark); ESP-NULL has one. */
    @Test
    void noEspSaLineForAhOrGmac() {
        org.ikelab.ike.IkeEndpoint a = MainModeExchangeTest.R1;
        org.ikelab.ike.IkeEndpoint b = MainModeExchangeTest.R2;
        org.ikelab.ike.TrafficSelector any = org.ikelab.ike.TrafficSelector.subnet(QuickModeExchangeTest.LAN1,
                QuickModeExchangeTest.MASK24);
        org.ikelab.ike.ChildSa gmac = new org.ikelab.ike.ChildSa(a, b, false, org.ikelab.wire.isakmp.IpsecAttribute.PROTO_ESP,
                0x1234, ChildProposals.ESP_NULL_AUTH_AES_GMAC, new byte[20], 0, new byte[0],
                org.ikelab.wire.isakmp.IpsecAttribute.ENCAP_TUNNEL, any, any, 3600, 0);
        org.ikelab.ike.ChildSa ah = new org.ikelab.ike.ChildSa(a, b, false, org.ikelab.wire.isakmp.IpsecAttribute.PROTO_AH,
                0x1234, 3, new byte[0], org.ikelab.wire.isakmp.IpsecAttribute.AUTH_HMAC_SHA, new byte[20],
                org.ikelab.wire.isakmp.IpsecAttribute.ENCAP_TUNNEL, any, any, 3600, 0);
        org.ikelab.ike.ChildSa nul = new org.ikelab.ike.ChildSa(a, b, false, org.ikelab.wire.isakmp.IpsecAttribute.PROTO_ESP,
                0x1234, org.ikelab.wire.isakmp.IpsecAttribute.ESP_NULL, new byte[0],
                org.ikelab.wire.isakmp.IpsecAttribute.AUTH_HMAC_SHA, new byte[20], org.ikelab.wire.isakmp.IpsecAttribute.ENCAP_TUNNEL,
                any, any, 3600, 0);
        assertEquals(null, KeyLog.espSaLine(gmac));
        assertEquals(null, KeyLog.espSaLine(ah));
        assertTrue(KeyLog.espSaLine(nul).contains("\"NULL\",\"\",\"HMAC-SHA-1-96 [RFC2404]\",\"0x"), KeyLog.espSaLine(nul));
    }
}
