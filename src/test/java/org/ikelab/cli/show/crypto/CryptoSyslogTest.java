package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.Golden.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.ikelab.common.Clock;
import org.ikelab.ike.status.IkeSyslogEvent;
import org.ikelab.ipsec.status.IpsecSyslogEvent;
import org.junit.jupiter.api.Test;

/** Syslog lines of reference §5.5 with the timestamp of an injected clock. */
class CryptoSyslogTest {
    static final Clock CLOCK = new Clock() {
        @Override public long nanoTime() { return 0; }
        @Override public long wallMillis() { return Instant.parse("2026-03-01T00:42:09.431Z").toEpochMilli(); }
    };

    @Test
    void badMessageMatchesCaptureS64() {
        assertEquals("*Mar  1 00:42:09.431: %CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from 192.1.20.2 failed its sanity "
                        + "check or is malformed\n",
                CryptoSyslog.line(CLOCK, false, new IkeSyslogEvent.BadMessage(ip("192.1.20.2"))));
    }

    @Test
    void isakmpOnOff() {
        assertEquals("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON", CryptoSyslog.message(new IkeSyslogEvent.IsakmpOnOff(true)));
        assertEquals("%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is OFF", CryptoSyslog.message(new IkeSyslogEvent.IsakmpOnOff(false)));
    }

    @Test
    void recalledIkeMessages() {
        assertEquals("%CRYPTO-6-IKMP_MODE_FAILURE: Processing of Main mode failed with peer at 10.10.10.1",
                CryptoSyslog.message(new IkeSyslogEvent.ModeFailure(IkeSyslogEvent.Mode.MAIN, ip("10.10.10.1"))));
        assertEquals("%CRYPTO-6-IKMP_MODE_FAILURE: Processing of Quick mode failed with peer at 10.10.10.1",
                CryptoSyslog.message(new IkeSyslogEvent.ModeFailure(IkeSyslogEvent.Mode.QUICK, ip("10.10.10.1"))));
        assertEquals("%CRYPTO-4-IKMP_NO_SA: IKE message from 10.10.10.2 has no SA and is not an initialization offer",
                CryptoSyslog.message(new IkeSyslogEvent.NoSa(ip("10.10.10.2"))));
        assertEquals("%CRYPTO-6-IKMP_NO_ID_CERT_ADDR_MATCH: (NOT ERROR BUT WARNING ONLY)ID of 10.1.1.2 (type 1) and "
                        + "certificate addr with 10.1.1.2",
                CryptoSyslog.message(new IkeSyslogEvent.NoIdCertAddrMatch(ip("10.1.1.2"), 1, ip("10.1.1.2"))));
    }

    @Test
    void dataPlaneMessages() {
        assertEquals("%CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet. (ip) vrf/dest_addr= /192.168.2.2, "
                        + "src_addr= 192.168.1.1, prot= 1",
                CryptoSyslog.message(new IpsecSyslogEvent.NotIpsec(null, ip("192.168.2.2"), ip("192.168.1.1"), 1)));
        assertEquals("*Mar  1 00:42:09.431: %CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for "
                        + "destaddr=10.10.10.1, prot=50, spi=0x1294BDE(19483614), srcaddr=10.10.10.2, "
                        + "input interface=Gi0/2\n",
                CryptoSyslog.line(CLOCK, false, new IpsecSyslogEvent.InvalidSpi(ip("10.10.10.1"), 50, 0x1294BDEL,
                        ip("10.10.10.2"), "Gi0/2")));
    }
}
