package org.ikelab.ipsec.status;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * One {@code debug crypto ipsec} message (reference §5.3, §5.4). The CLI formatter owns the text;
 * these records carry values only. Transform lists hold the names as the engine's key-engine
 * message prints them ({@code esp-aes 256 esp-sha512-hmac} in the captured trace).
 */
public sealed interface IpsecDebugEvent {

    /** Fixed messages. */
    enum FixedMessage {
        /** {@code IPSEC(key_engine_enable_outbound): rec'd enable notify from ISAKMP} */
        ENABLE_OUTBOUND,
        /** {@code map_db_find_best did not find matching map} */
        NO_MATCHING_MAP,
        /** {@code IPSEC(ipsec_process_proposal): proxy identities not supported} */
        PROXY_IDENTITIES_NOT_SUPPORTED
    }

    /** A fixed message. */
    record Fixed(FixedMessage message) implements IpsecDebugEvent {
        public Fixed { Objects.requireNonNull(message, "message"); }
    }

    /** {@code IPSEC(validate_proposal_request): proposal part #1} (the one-line announcement). */
    record ProposalPart(int part) implements IpsecDebugEvent {}

    /**
     * The key-engine message block: {@code IPSEC(sa_request): ,} (initiator, before IKE starts) or
     * {@code IPSEC(validate_proposal_request): proposal part #1,} (responder), then the
     * {@code (key eng. msg.) INBOUND|OUTBOUND local= ...} lines.
     *
     * @param request    true: {@code sa_request} form; false: {@code validate_proposal_request}
     * @param part       proposal part number (validate form)
     * @param outbound   {@code OUTBOUND} (true) or {@code INBOUND}
     * @param protocol   {@code ESP} or {@code AH}
     * @param transforms transform names, printed space-separated followed by two spaces
     * @param mode       printed {@code (Tunnel)} / {@code (Transport)}
     * @param lifeSeconds {@code lifedur= 3600s}
     * @param lifeKilobytes {@code and 4608000kb}
     */
    record KeyEngineMessage(boolean request, int part, boolean outbound, InetAddress local, int localPort,
                            InetAddress remote, int remotePort, ProxyIdent localProxy, ProxyIdent remoteProxy,
                            String protocol, List<String> transforms, IpsecMode mode, long lifeSeconds,
                            long lifeKilobytes, long spi, int connId, int keySize, int flags)
            implements IpsecDebugEvent {
        public KeyEngineMessage { transforms = List.copyOf(transforms); }
    }

    /** {@code Crypto mapdb : proxy_match} and its five field lines. */
    record ProxyMatch(InetAddress srcAddr, InetAddress dstAddr, int protocol, int srcPort, int dstPort)
            implements IpsecDebugEvent {}

    /** {@code (ipsec_process_proposal)Map Accepted: CMAP, 10} */
    record MapAccepted(String map, int seq) implements IpsecDebugEvent {}

    /** {@code IPSEC(crypto_ipsec_create_ipsec_sas): Map found CMAP, 10} */
    record MapFound(String map, int seq) implements IpsecDebugEvent {}

    /** {@code IPSEC(key_engine): got a queue event with 1 KMI message(s)} */
    record KmiQueueEvent(int messages) implements IpsecDebugEvent {}

    /** {@code IPSEC(ipsec_process_proposal): transform proposal not supported for identity: {esp-des esp-sha-hmac }} */
    record TransformNotSupported(List<String> transforms) implements IpsecDebugEvent {
        public TransformNotSupported { transforms = List.copyOf(transforms); }
    }

    /** The {@code IPSEC(create_sa): sa created,} block of one SA. */
    record SaCreated(InetAddress dest, int proto, long spi, List<String> transforms, int connId,
                     long lifeKilobytes, long lifeSeconds, InetAddress local, int localPort,
                     InetAddress remote, int remotePort, ProxyIdent localProxy, ProxyIdent remoteProxy)
            implements IpsecDebugEvent {
        public SaCreated { transforms = List.copyOf(transforms); }
    }
}
