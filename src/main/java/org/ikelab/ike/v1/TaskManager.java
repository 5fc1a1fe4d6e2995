package org.ikelab.ike.v1;

import java.util.Arrays;
import org.ikelab.common.Cancellable;
import org.ikelab.common.DecodeResult;
import org.ikelab.ike.RetransmitPolicy;
import org.ikelab.wire.isakmp.ExchangeRules;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.IsakmpCodec;
import org.ikelab.wire.isakmp.IsakmpHeader;
import org.ikelab.wire.isakmp.IsakmpMessage;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadChain;

/**
 * Moves the messages of one SA's phase-1 task (strongSwan's task_manager_v1): encrypts and
 * decrypts, checks each message against its exchange rule before the task sees it, retransmits
 * our unanswered requests with back-off on the scheduler, and answers a retransmitted request
 * with the response already sent instead of processing it twice.
 */
final class TaskManager {
    private final IkeSa sa;
    private final IkeV1Daemon daemon;
    private final RetransmitPolicy policy;
    private Ikev1Task task;
    private boolean activeTask;
    private byte[] lastSent;
    private byte[] lastReceived;
    /** The request our {@link #lastSent} answered (responder only). */
    private byte[] answeredRequest;
    private Cancellable retransmit = Cancellable.NONE;
    private int attempts;

    TaskManager(IkeSa sa, IkeV1Daemon daemon) {
        this.sa = sa;
        this.daemon = daemon;
        this.policy = daemon.retransmitPolicy();
    }

    /** Starts a task we initiate: build and send its first message. */
    void initiate(Ikev1Task t) {
        task = t;
        activeTask = true;
        sendNext();
    }

    /** Installs a task that waits for the peer's first message. */
    void respond(Ikev1Task t) {
        task = t;
        activeTask = false;
    }

    void stop() {
        retransmit.cancel();
        task = null;
    }

    void receive(IsakmpHeader header, byte[] datagram) {
        if (Arrays.equals(datagram, lastReceived)) {
            // A retransmitted request: answer with what we sent, never process it again (the
            // CBC chain would move). IOS: "phase 1 packet is a duplicate of a previous packet".
            // A repeat of a request we dropped gets no answer ("retransmission skipped").
            if (!activeTask && lastSent != null && Arrays.equals(datagram, answeredRequest)) sa.send(lastSent);
            daemon.drop("duplicate", sa.toString());
            return;
        }
        lastReceived = datagram;
        if (header.exchangeType() == ExchangeType.INFORMATIONAL) {
            receiveInformational(header);
            return;
        }
        if (task == null) {
            daemon.drop("no-task", ExchangeType.name(header.exchangeType()));
            return;
        }
        if (header.exchangeType() != ExchangeType.MAIN || header.messageId() != 0) {
            daemon.drop("unexpected-exchange", ExchangeType.name(header.exchangeType()));
            return;
        }
        ExchangeRules.MessageRule rule = task.expected();
        DecodeResult<PayloadChain> chain = payloads(header, rule.encrypted());
        if (chain.isOk()) chain = ExchangeRules.check(rule, chain.value());
        if (chain instanceof DecodeResult.Err<PayloadChain> e) {
            // IOS: %CRYPTO-4-IKMP_BAD_MESSAGE ... failed its sanity check or is malformed
            daemon.drop("IKMP_BAD_MESSAGE", e.reason() + " " + e.detail());
            return;
        }
        Ikev1Task.Status st = task.process(new Ikev1Task.Inbound(header, chain.value()));
        if (st == Ikev1Task.Status.FAILED) {
            fail();
            return;
        }
        if (activeTask) {
            retransmit.cancel();
            attempts = 0;
            if (st == Ikev1Task.Status.SUCCESS) {
                finish();
            } else {
                sendNext();
            }
        } else {
            sendNext();
        }
    }

    private DecodeResult<PayloadChain> payloads(IsakmpHeader header, boolean mustBeEncrypted) {
        if (header.encrypted() != mustBeEncrypted) {
            return DecodeResult.err("encryption-flag", header.encrypted() ? "encrypted too early" : "clear text");
        }
        if (!header.encrypted()) return IsakmpCodec.decode(header.message()).map(IsakmpCodec.Decoded::chain);
        if (sa.phase1().crypter() == null) return DecodeResult.err("no-keys", "");
        byte[] body = new byte[header.body().remaining()];
        header.body().get(body);
        DecodeResult<byte[]> plain = sa.phase1().crypter().decrypt(header.messageId(), body);
        if (plain instanceof DecodeResult.Err<byte[]> e) return DecodeResult.err(e.reason(), e.detail());
        return IsakmpCodec.decodePlaintext(header, plain.value());
    }

    private void sendNext() {
        Ikev1Task.Outbound out = new Ikev1Task.Outbound();
        Ikev1Task.Status st = task.build(out);
        if (st == Ikev1Task.Status.FAILED) {
            fail();
            return;
        }
        IsakmpMessage m = new IsakmpMessage(sa.initiatorCookie(), sa.responderCookie(), ExchangeType.MAIN, 0, 0,
                out.payloads);
        lastSent = out.encrypted ? m.encodeEncrypted(sa.phase1().crypter().encrypt(0, m.payloadBytes())) : m.encode();
        sa.send(lastSent);
        answeredRequest = activeTask ? null : lastReceived;
        if (activeTask) {
            armRetransmit();
        } else if (st == Ikev1Task.Status.SUCCESS) {
            finish();
        }
    }

    private void armRetransmit() {
        retransmit = daemon.scheduler().schedule(policy.delayNanos(attempts), this::onTimeout);
    }

    private void onTimeout() {
        if (task == null) return;
        if (attempts >= policy.tries()) {
            sa.delete("Death by retransmission P1");
            return;
        }
        attempts++;
        daemon.listener().retransmitted(sa, attempts);
        sa.send(lastSent);
        armRetransmit();
    }

    private void finish() {
        task = null;
        daemon.listener().established(sa);
    }

    private void fail() {
        Payload.Notify n = task.failureNotify();
        if (n != null) {
            IsakmpMessage info = new IsakmpMessage(sa.initiatorCookie(), sa.responderCookie(), ExchangeType.INFORMATIONAL,
                    0, daemon.random().nextInt(), java.util.List.of(n));
            sa.send(info.encode());
        }
        sa.delete(task.failureReason());
    }

    /** Clear informational exchanges during phase 1: an error notify from the peer ends the SA. */
    private void receiveInformational(IsakmpHeader header) {
        if (header.encrypted()) {
            // Protected informational exchanges (DPD, Delete) are not handled by this engine yet.
            daemon.drop("informational-unsupported", "encrypted");
            return;
        }
        DecodeResult<PayloadChain> chain = IsakmpCodec.decode(header.message()).map(IsakmpCodec.Decoded::chain);
        if (chain.isOk()) chain = ExchangeRules.check(ExchangeRules.INFORMATIONAL_CLEAR, chain.value());
        if (chain instanceof DecodeResult.Err<PayloadChain> e) {
            daemon.drop("IKMP_BAD_MESSAGE", e.reason());
            return;
        }
        for (Payload.Notify n : chain.value().all(Payload.Notify.class)) {
            daemon.listener().notifyReceived(sa, n.notifyType());
            if (NotifyType.isError(n.notifyType()) && sa.state() != Ikev1State.QM_IDLE) {
                sa.delete("Peer sent " + NotifyType.name(n.notifyType()));
                return;
            }
        }
    }
}
