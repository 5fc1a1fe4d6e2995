package org.ikelab.ike.status;

/**
 * Fixed {@code debug crypto isakmp} messages that carry no value besides the conn-id of their
 * {@code ISAKMP:(1001):} prefix. The formatter owns their exact text (reference §5.2–§5.4).
 */
public enum IsakmpNote {
    /** {@code Can not start Aggressive mode, trying Main mode.} */
    CANNOT_START_AGGRESSIVE,
    /** {@code  beginning Main Mode exchange}, preceded by a blank line. */
    BEGIN_MAIN_MODE,
    /** {@code  beginning Aggressive Mode exchange}, preceded by a blank line. */
    BEGIN_AGGRESSIVE_MODE,
    /** {@code Sending an IKE IPv4 Packet.} */
    SENDING_IPV4_PACKET,
    /** {@code  processing vendor id payload} */
    PROCESSING_VENDOR_ID,
    /** {@code  vendor ID is Unity} */
    VENDOR_ID_UNITY,
    /** {@code  vendor ID is DPD} */
    VENDOR_ID_DPD,
    /** {@code  vendor ID is XAUTH} */
    VENDOR_ID_XAUTH,
    /** {@code  speaking to another IOS box!} */
    SPEAKING_TO_IOS,
    /** {@code vendor ID seems Unity/DPD but hash mismatch} */
    VENDOR_ID_HASH_MISMATCH,
    /** {@code  local preshared key found} */
    LOCAL_PSK_FOUND,
    /** {@code ISAKMP : Scanning profiles for xauth ...} (no conn-id; space before the colon) */
    SCANNING_XAUTH_PROFILES,
    /** {@code Send initial contact} */
    SEND_INITIAL_CONTACT,
    /** {@code SA authentication status:<TAB>authenticated} */
    AUTHENTICATED_STATUS,
    /** {@code QM Initiator gets spi} */
    QM_INITIATOR_GETS_SPI,
    /** {@code QM Responder gets spi} */
    QM_RESPONDER_GETS_SPI,
    /** {@code atts are acceptable.} (quick mode: no "Next payload") */
    QM_ATTS_ACCEPTABLE,
    /** {@code no offers accepted!} */
    NO_OFFERS_ACCEPTED,
    /** {@code peer does not do paranoid keepalives.} */
    NO_PARANOID_KEEPALIVES,
    /** {@code Received IPSec Install callback... proceeding with the negotiation} */
    IPSEC_INSTALL_CALLBACK,
    /** {@code  phase 1 packet is a duplicate of a previous packet.} */
    DUPLICATE_PHASE1_PACKET,
    /** {@code  retransmission skipped} */
    RETRANSMISSION_SKIPPED
}
