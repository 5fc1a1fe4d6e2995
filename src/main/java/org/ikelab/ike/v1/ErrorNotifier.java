package org.ikelab.ike.v1;

import java.nio.ByteBuffer;
import java.util.List;
import org.ikelab.common.Scheduler;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.IpsecAttribute;
import org.ikelab.wire.isakmp.IsakmpError;
import org.ikelab.wire.isakmp.IsakmpMessage;
import org.ikelab.wire.isakmp.Payload;

/**
 * Answers a malformed or unexpected message with the notify RFC 2408 §5 names for the error
 * (INVALID-PAYLOAD-TYPE, PAYLOAD-MALFORMED, BAD-PROPOSAL-SYNTAX, ...), rate limited so a
 * flood of bad packets cannot turn us into a reflector. The message itself is still dropped and
 * counted by the caller. Never answered: informational exchanges (an error about an error
 * would loop) and encrypted phase-1 messages, whose garbage after decryption is what a
 * pre-shared-key mismatch looks like (IOS stays silent there and the peer retransmits).
 */
final class ErrorNotifier {
    /** Error notifies per window; the rest are counted as {@code notify-rate-limited}. */
    static final int MAX_PER_WINDOW = 5;
    static final long WINDOW_NANOS = 1_000_000_000L;

    private final IkeV1Daemon daemon;
    private final Scheduler scheduler;
    private long windowStart = Long.MIN_VALUE;
    private int sentInWindow;
    private long sent;

    ErrorNotifier(IkeV1Daemon daemon, Scheduler scheduler) {
        this.daemon = daemon;
        this.scheduler = scheduler;
    }

    /** Error notifies sent so far. */
    long sent() {
        return sent;
    }

    /** The notify type for a decode error reason, 0 when the RFC asks for a silent drop. */
    static int typeFor(String reason) {
        return IsakmpError.notifyType(reason);
    }

    /** Whether the window still allows an answer; counts the refusal otherwise. */
    private boolean allow() {
        long now = scheduler.nanoTime();
        if (windowStart == Long.MIN_VALUE || now - windowStart >= WINDOW_NANOS) {
            windowStart = now;
            sentInWindow = 0;
        }
        if (sentInWindow >= MAX_PER_WINDOW) {
            daemon.drop("notify-rate-limited", "");
            return false;
        }
        sentInWindow++;
        sent++;
        return true;
    }

    /**
     * An unprotected informational with the error notify (RFC 2408 §3.14: protocol ISAKMP, SPI
     * the cookie pair), for a message that had no keys yet or no SA at all.
     */
    void clear(IkeSa sa, org.ikelab.ike.IkeEndpoint local, org.ikelab.ike.IkeEndpoint remote, long ckyI, long ckyR,
            int type) {
        if (type == 0 || !allow()) return;
        byte[] spi = ByteBuffer.allocate(16).putLong(ckyI).putLong(ckyR).array();
        Payload.Notify n = new Payload.Notify(1, IpsecAttribute.PROTO_ISAKMP, type, spi, new byte[0]);
        int mid = daemon.random().nextInt();
        if (mid == 0) mid = 1;
        byte[] datagram = new IsakmpMessage(ckyI, ckyR, ExchangeType.INFORMATIONAL, 0, mid, List.of(n)).encode();
        daemon.transport().send(local, remote, datagram);
        if (sa != null) daemon.listener().messageSent(sa, ExchangeType.INFORMATIONAL, mid, List.of(n), false);
    }

    /** A protected informational under an established SA (RFC 2409 §5.7). */
    void protectedNotify(IkeSa sa, int type) {
        if (type == 0 || !allow()) return;
        sa.tasks().sendInformational(List.of(new Payload.Notify(1, IpsecAttribute.PROTO_ISAKMP, type, sa.cookies(),
                new byte[0])));
    }
}
