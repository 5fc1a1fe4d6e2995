package org.ikelab.ike.v1;

/**
 * Events of the IKEv1 engine: the single place from which debug output, counters, verdicts and
 * the key log are fed (models.md §2.1.9). All methods run on the router's event loop.
 */
public interface Ikev1Listener {
    default void stateChanged(IkeSa sa, Ikev1State from, Ikev1State to) {
    }

    /** A datagram was dropped; {@code reason} is a stable counter name. */
    default void dropped(String reason, String detail) {
    }

    default void retransmitted(IkeSa sa, int attempt) {
    }

    /** Phase 1 completed; {@code sa.phase1()} now holds the keys (for the Wireshark key log). */
    default void established(IkeSa sa) {
    }

    /** The SA was deleted, with IOS's reason text ("Death by retransmission P1", ...). */
    default void deleted(IkeSa sa, String reason) {
    }

    /** A notify arrived (e.g. NO-PROPOSAL-CHOSEN answering MM1, R-U-THERE-ACK). */
    default void notifyReceived(IkeSa sa, int notifyType) {
    }

    /** A quick mode or informational exchange failed ("phase 2 SA policy not acceptable!", ...). */
    default void exchangeFailed(IkeSa sa, int exchangeType, String reason) {
    }

    /** A pair of IPsec SAs was installed through the {@code SaInstaller}. */
    default void childInstalled(IkeSa sa, ChildSaPair pair) {
    }

    /** A pair of IPsec SAs was removed (peer's Delete, or ours). */
    default void childDeleted(IkeSa sa, ChildSaPair pair) {
    }

    Ikev1Listener NONE = new Ikev1Listener() { };
}
