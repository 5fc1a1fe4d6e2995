package org.ikelab.ike.status;

import java.net.InetAddress;

/** IKE syslog messages of reference §5.5 ({@code %CRYPTO-...}). */
public sealed interface IkeSyslogEvent {

    /** {@code %CRYPTO-6-ISAKMP_ON_OFF: ISAKMP is ON} / {@code OFF}. */
    record IsakmpOnOff(boolean on) implements IkeSyslogEvent {}

    /** {@code %CRYPTO-4-IKMP_BAD_MESSAGE}: a message failed its sanity check (PSK mismatch on the responder). */
    record BadMessage(InetAddress from) implements IkeSyslogEvent {}

    /** The exchange named by {@link ModeFailure}. */
    enum Mode { MAIN, AGGRESSIVE, QUICK }

    /** {@code %CRYPTO-6-IKMP_MODE_FAILURE: Processing of Main mode failed with peer at A}. */
    record ModeFailure(Mode mode, InetAddress peer) implements IkeSyslogEvent {}

    /** {@code %CRYPTO-4-IKMP_NO_SA}: a message on an SA this router no longer has. */
    record NoSa(InetAddress from) implements IkeSyslogEvent {}

    /** {@code %CRYPTO-6-IKMP_NO_ID_CERT_ADDR_MATCH} warning (rsa-sig with no address in the certificate). */
    record NoIdCertAddrMatch(InetAddress id, int idType, InetAddress certAddress) implements IkeSyslogEvent {}
}
