package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.Golden.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IosTextTest {
    @Test
    void ipv6IsCompressedAndUpperCase() {
        assertEquals("2001:470:C814:7006::1", IosText.addr(ip("2001:470:c814:7006:0:0:0:1")));
        assertEquals("::", IosText.addr(ip("::")));
        assertEquals("FE80::1:0:0:2", IosText.addr(ip("fe80:0:0:0:1:0:0:2")));
        assertEquals("2001:DB8:0:1:1:1:1:1", IosText.addr(ip("2001:db8:0:1:1:1:1:1")));
        assertEquals("10.0.0.1", IosText.addr(ip("10.0.0.1")));
    }

    @Test
    void lifetimeIsHoursMinutesSeconds() {
        assertEquals("23:59:59", IosText.hms(86399));
        assertEquals("24:00:00", IosText.hms(86400));
        assertEquals("00:00:00", IosText.hms(-5));
    }
}
