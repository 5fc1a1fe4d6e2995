package org.ikelab.ike.v1;

import org.ikelab.common.Cancellable;

/**
 * The transport state of one exchange (one message id) of an ISAKMP SA: its task, the last
 * message we sent and the request it answered (to answer retransmissions from the cache),
 * the last message received (to spot duplicates), and the retransmission timer.
 */
final class Exchange {
    final int messageId;
    final int exchangeType;
    final Ikev1Task task;
    byte[] lastSent;
    java.util.List<org.ikelab.wire.isakmp.Payload> lastPayloads = java.util.List.of();
    byte[] lastReceived;
    byte[] answeredRequest;
    Cancellable retransmit = Cancellable.NONE;
    int attempts;
    boolean done;

    Exchange(int messageId, int exchangeType, Ikev1Task task) {
        this.messageId = messageId;
        this.exchangeType = exchangeType;
        this.task = task;
    }

    void stop() {
        retransmit.cancel();
        retransmit = Cancellable.NONE;
    }
}
