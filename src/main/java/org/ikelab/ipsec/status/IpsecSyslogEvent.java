package org.ikelab.ipsec.status;

import java.net.InetAddress;

/** Data-plane syslog messages of reference §5.5 ({@code %CRYPTO-4-RECVD_PKT_...}). */
public sealed interface IpsecSyslogEvent {

    /**
     * {@code %CRYPTO-4-RECVD_PKT_INV_SPI}: ESP/AH for an SA that does not exist.
     *
     * @param inputInterface the interface name as IOS prints it in this message ({@code Gi0/2})
     */
    record InvalidSpi(InetAddress dest, int protocol, long spi, InetAddress src, String inputInterface)
            implements IpsecSyslogEvent {}

    /**
     * {@code %CRYPTO-4-RECVD_PKT_NOT_IPSEC}: clear text that the crypto ACL says must be protected.
     *
     * @param vrf {@code null} for the global table (prints nothing before the slash)
     */
    record NotIpsec(String vrf, InetAddress dest, InetAddress src, int protocol) implements IpsecSyslogEvent {}
}
