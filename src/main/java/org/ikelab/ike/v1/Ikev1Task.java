package org.ikelab.ike.v1;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.wire.isakmp.ExchangeRules;
import org.ikelab.wire.isakmp.IsakmpHeader;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadChain;

/**
 * One protocol procedure with strongSwan's two verbs (models.md §2.1.1). An initiator builds its
 * request, then processes the answer and builds again until done; a responder processes a
 * request and builds its answer. Tasks never touch sockets or timers: the {@link TaskManager}
 * does, and encrypts what a task marks as encrypted.
 */
interface Ikev1Task {
    enum Status { NEED_MORE, SUCCESS, FAILED }

    /** Fills {@code out} with the next message of this task. */
    Status build(Outbound out);

    /** Handles a received message that already passed {@link #expected()}. */
    Status process(Inbound in);

    /** The ISAKMP exchange type of this task's messages. */
    int exchangeType();

    /** The payload rule the next received message must satisfy. */
    ExchangeRules.MessageRule expected();

    /** A notify to send in clear when {@link #process} failed (e.g. NO-PROPOSAL-CHOSEN), or null. */
    default Payload.Notify failureNotify() {
        return null;
    }

    /** IOS's reason text when the task failed. */
    default String failureReason() {
        return "No reason";
    }

    /** Called when the exchange is given up (retransmissions exhausted or SA deleted). */
    default void abandoned() {
    }

    /** A received message: its header and decoded (decrypted) payloads. */
    record Inbound(IsakmpHeader header, PayloadChain payloads) {
    }

    /** The message a task builds: payloads in order, and whether they travel encrypted. */
    final class Outbound {
        final List<Payload> payloads = new ArrayList<>();
        final int messageId;
        boolean encrypted;

        Outbound(int messageId) {
            this.messageId = messageId;
        }

        Outbound add(Payload p) {
            payloads.add(p);
            return this;
        }
    }
}
