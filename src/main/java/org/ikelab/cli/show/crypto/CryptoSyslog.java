package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.IosText.addr;

import org.ikelab.common.Clock;
import org.ikelab.ike.status.IkeSyslogEvent;
import org.ikelab.ipsec.status.IpsecSyslogEvent;

/**
 * Crypto syslog messages of reference §5.5, {@code %FACILITY-SEV-MNEMONIC: text}, with or without
 * the {@link IosTimestamp} prefix.
 */
public final class CryptoSyslog {
    private CryptoSyslog() {}

    /** The message text without timestamp, e.g. {@code %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON}. */
    public static String message(IkeSyslogEvent event) {
        return switch (event) {
            case IkeSyslogEvent.IsakmpOnOff e -> "%CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is " + (e.on() ? "ON" : "OFF");
            case IkeSyslogEvent.BadMessage e -> "%CRYPTO-4-IKMP_BAD_MESSAGE: IKE message from " + addr(e.from())
                    + " failed its sanity check or is malformed";
            // Wording [recalled] from the system message guide (§5.5, §8): "Main mode", "peer at".
            case IkeSyslogEvent.ModeFailure e -> "%CRYPTO-6-IKMP_MODE_FAILURE: Processing of " + switch (e.mode()) {
                case MAIN -> "Main";
                case AGGRESSIVE -> "Aggressive";
                case QUICK -> "Quick";
            } + " mode failed with peer at " + addr(e.peer());
            case IkeSyslogEvent.NoSa e -> "%CRYPTO-4-IKMP_NO_SA: IKE message from " + addr(e.from())
                    + " has no SA and is not an initialization offer";
            case IkeSyslogEvent.NoIdCertAddrMatch e -> "%CRYPTO-6-IKMP_NO_ID_CERT_ADDR_MATCH: (NOT ERROR BUT WARNING ONLY)ID of "
                    + addr(e.id()) + " (type " + e.idType() + ") and certificate addr with " + addr(e.certAddress());
        };
    }

    /** The message text without timestamp, e.g. {@code %CRYPTO-4-RECVD_PKT_INV_SPI: ...}. */
    public static String message(IpsecSyslogEvent event) {
        return switch (event) {
            // Wording [recalled] (§5.5); the engine prints the same line, so the text lives with it.
            case IpsecSyslogEvent.InvalidSpi e -> org.ikelab.router.crypto.CryptoSyslogText.invalidSpi(e);
            case IpsecSyslogEvent.NotIpsec e -> "%CRYPTO-4-RECVD_PKT_NOT_IPSEC: Rec'd packet not an IPSEC packet. (ip) vrf/dest_addr= "
                    + (e.vrf() == null ? "" : e.vrf()) + "/" + addr(e.dest()) + ", src_addr= " + addr(e.src())
                    + ", prot= " + e.protocol();
        };
    }

    /** One timestamped console line, ending with {@code \n}. */
    public static String line(Clock clock, boolean ntpSynced, IkeSyslogEvent event) {
        return IosTimestamp.prefix(clock, ntpSynced) + message(event) + "\n";
    }

    /** One timestamped console line, ending with {@code \n}. */
    public static String line(Clock clock, boolean ntpSynced, IpsecSyslogEvent event) {
        return IosTimestamp.prefix(clock, ntpSynced) + message(event) + "\n";
    }
}
