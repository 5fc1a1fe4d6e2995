package org.ikelab.ike.v1;

import java.util.List;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.wire.isakmp.IsakmpHeader;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadChain;

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

    /**
     * A message passed its checks (decrypted, decoded, allowed by its exchange rule) and goes to
     * its task: what IOS debug prints as "received packet from ..." and "processing X payload".
     */
    default void messageReceived(IkeSa sa, IsakmpHeader header, PayloadChain payloads) {
    }

    /** A message left ("sending packet to ... (I) MM_NO_STATE"); {@code retransmission} for a resend. */
    default void messageSent(IkeSa sa, int exchangeType, int messageId, List<Payload> payloads, boolean retransmission) {
    }

    /**
     * The responder compared an offered phase-1 transform with one of its policies ("Checking
     * ISAKMP transform 1 against priority 10 policy"); {@code verdict} is IOS's line, e.g.
     * "atts are acceptable." or "Encryption algorithm offered does not match policy!".
     */
    default void policyChecked(IkeSa sa, int transformNumber, Phase1Proposal offered, Phase1Proposal policy,
            String verdict) {
    }

    Ikev1Listener NONE = new Ikev1Listener() { };
}
