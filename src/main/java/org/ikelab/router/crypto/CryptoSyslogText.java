package org.ikelab.router.crypto;

import java.net.InetAddress;
import java.util.Locale;
import org.ikelab.ipsec.status.IpsecSyslogEvent;
import org.ikelab.router.InterfaceKind;

/**
 * The text of the data-plane syslog lines the engine prints (ios-crypto-reference §5.5), kept
 * here, below the CLI, so the engine and {@code show logging}-style formatters print the same
 * words.
 */
public final class CryptoSyslogText {
    private CryptoSyslogText() {
    }

    /**
     * {@code %CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for
     * destaddr=A, prot=50, spi=0x1294BDE(19483614), srcaddr=B, input interface=Gi0/2}.
     */
    public static String invalidSpi(IpsecSyslogEvent.InvalidSpi e) {
        long v = e.spi() & 0xFFFFFFFFL;
        return "%CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec'd IPSEC packet has invalid spi for destaddr=" + addr(e.dest())
                + ", prot=" + e.protocol() + ", spi=0x" + Long.toHexString(v).toUpperCase(Locale.ROOT) + "(" + v + ")"
                + ", srcaddr=" + addr(e.src()) + ", input interface=" + e.inputInterface();
    }

    /** An interface name as IOS abbreviates it in syslog lines: {@code GigabitEthernet0/2} is {@code Gi0/2}. */
    public static String shortInterface(String name) {
        InterfaceKind k = name == null ? null : InterfaceKind.ofName(name);
        return k == null ? String.valueOf(name) : k.shortPrefix() + name.substring(k.prefix().length());
    }

    private static String addr(InetAddress a) {
        return a.getHostAddress();
    }
}
