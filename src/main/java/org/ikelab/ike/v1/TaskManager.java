package org.ikelab.ike.v1;

import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ikelab.common.DecodeResult;
import org.ikelab.crypto.ikev1.Ikev1Kdf;
import org.ikelab.wire.isakmp.ExchangeRules;
import org.ikelab.wire.isakmp.ExchangeType;
import org.ikelab.wire.isakmp.IsakmpCodec;
import org.ikelab.wire.isakmp.IsakmpHeader;
import org.ikelab.wire.isakmp.IsakmpMessage;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadChain;
import org.ikelab.wire.isakmp.PayloadCodec;

/**
 * Moves the messages of one ISAKMP SA (strongSwan's task_manager_v1). Exchanges are told apart
 * by message id: 0 is phase 1, every quick mode and informational exchange has its own. The
 * manager encrypts and decrypts (each message id with its own IV chain), checks every message
 * against its exchange rule before a task sees it, retransmits while a reply is awaited, and
 * answers a retransmitted request from its cache instead of processing it twice. Quick mode
 * tasks asked for before phase 1 completes wait in a queue (the active queue); those started
 * by the peer are created on their first message (the passive side).
 */
final class TaskManager {
    /** Concurrent quick mode exchanges kept per SA; the oldest finished ones go first. */
    private static final int MAX_EXCHANGES = 16;
    /** How long a finished exchange stays to answer retransmissions of its last request. */
    private static final long LINGER_NANOS = 30_000_000_000L;

    private final IkeSa sa;
    private final IkeV1Daemon daemon;
    private Exchange phase1;
    private final Map<Integer, Exchange> exchanges = new LinkedHashMap<>();
    private final Deque<Ikev1Task> queued = new ArrayDeque<>();
    /**
     * How long quick mode waits after phase 1 ends with a message of ours (aggressive mode's
     * third): sent back to back, the two can reach the peer's IKE in the wrong order. strongSwan
     * hands each datagram to a worker thread, and two of them waiting for the same SA are woken
     * in any order: it then drops our quick mode "while phase 1 is incomplete", and the exchange
     * waits a whole retransmission interval.
     */
    private static final long AFTER_OWN_LAST_NANOS = 20_000_000L;
    /** Quick modes are held back for {@link #AFTER_OWN_LAST_NANOS}. */
    private boolean holding;

    TaskManager(IkeSa sa, IkeV1Daemon daemon) {
        this.sa = sa;
        this.daemon = daemon;
    }

    /** Starts phase 1 as initiator: build and send its first message. */
    void initiatePhase1(Ikev1Task t) {
        phase1 = new Exchange(0, t.exchangeType(), t);
        sendNext(phase1);
    }

    /** Installs the phase-1 task that waits for the peer's first message. */
    void respondPhase1(Ikev1Task t) {
        phase1 = new Exchange(0, t.exchangeType(), t);
    }

    /** Runs a quick mode task now if phase 1 is complete, else once it is. */
    void queue(Ikev1Task t) {
        if (sa.state() == Ikev1State.QM_IDLE && !holding) {
            start(t);
        } else {
            queued.add(t);
        }
    }

    private void start(Ikev1Task t) {
        Exchange ex = new Exchange(newMessageId(), t.exchangeType(), t);
        put(ex);
        sendNext(ex);
    }

    void stop() {
        if (phase1 != null) phase1.stop();
        for (Exchange ex : exchanges.values()) {
            ex.stop();
            if (!ex.done) ex.task.abandoned();
        }
        exchanges.clear();
        for (Ikev1Task t : queued) t.abandoned();
        queued.clear();
    }

    void receive(IsakmpHeader header, byte[] datagram) {
        int mid = header.messageId();
        if (mid == 0) {
            if (header.exchangeType() == ExchangeType.INFORMATIONAL) {
                daemon.drop("INVALID-MESSAGE-ID", "informational with message id 0");
            } else if (phase1 == null || header.exchangeType() != phase1.exchangeType) {
                daemon.drop("unexpected-exchange", ExchangeType.name(header.exchangeType()));
            } else {
                handle(phase1, header, datagram);
            }
            return;
        }
        Exchange ex = exchanges.get(mid);
        if (ex == null) {
            if (header.exchangeType() == ExchangeType.INFORMATIONAL) {
                receiveInformational(header);
                return;
            }
            if (header.exchangeType() != ExchangeType.QUICK || sa.state() != Ikev1State.QM_IDLE) {
                daemon.drop("unexpected-exchange", ExchangeType.name(header.exchangeType()));
                return;
            }
            ex = new Exchange(mid, ExchangeType.QUICK, new QuickModeResponder(sa, daemon));
            put(ex);
        }
        if (header.exchangeType() != ex.exchangeType) {
            daemon.drop("unexpected-exchange", ExchangeType.name(header.exchangeType()));
            return;
        }
        handle(ex, header, datagram);
    }

    private void handle(Exchange ex, IsakmpHeader header, byte[] datagram) {
        if (Arrays.equals(datagram, ex.lastReceived)) {
            // A retransmission: answer from the cache if we answered it, never process it twice
            // (the CBC chain would move). IOS: "packet is a duplicate of a previous packet".
            if (ex.lastSent != null && Arrays.equals(datagram, ex.answeredRequest)) sa.send(ex.lastSent);
            daemon.drop("duplicate", sa.toString());
            return;
        }
        ex.lastReceived = datagram;
        if (ex.done) {
            daemon.drop("exchange-done", ExchangeType.name(ex.exchangeType));
            return;
        }
        ExchangeRules.MessageRule rule = ex.task.expected();
        DecodeResult<PayloadChain> chain = rule.acceptsEncryption(header.encrypted())
                ? payloads(header, header.encrypted())
                : DecodeResult.err("encryption-flag", header.encrypted() ? "encrypted too early" : "clear text");
        if (chain.isOk()) chain = ExchangeRules.check(rule, chain.value());
        if (chain instanceof DecodeResult.Err<PayloadChain> e) {
            // IOS: %CRYPTO-4-IKMP_BAD_MESSAGE ... failed its sanity check or is malformed
            daemon.drop("IKMP_BAD_MESSAGE", e.reason() + " " + e.detail());
            answerError(header, e.reason());
            return;
        }
        daemon.listener().messageReceived(sa, header, chain.value());
        Ikev1Task.Status st = ex.task.process(new Ikev1Task.Inbound(header, chain.value()));
        if (st == Ikev1Task.Status.FAILED) {
            fail(ex);
            return;
        }
        ex.stop();
        ex.attempts = 0;
        if (st == Ikev1Task.Status.SUCCESS) {
            complete(ex, false);
        } else {
            sendNext(ex);
        }
    }

    /**
     * The RFC 2408 §5 notify for a message that failed its checks: in clear while phase 1 has
     * no keys, protected once established; never for an encrypted phase-1 message (see
     * {@link ErrorNotifier}).
     */
    private void answerError(IsakmpHeader header, String reason) {
        int type = ErrorNotifier.typeFor(reason);
        if (type == 0) return;
        if (!header.encrypted()) {
            daemon.errors().clear(sa, sa.local(), sa.remote(), header.initiatorSpi(), header.responderSpi(), type);
        } else if (sa.state() == Ikev1State.QM_IDLE) {
            daemon.errors().protectedNotify(sa, type);
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

    private void sendNext(Exchange ex) {
        Ikev1Task.Outbound out = new Ikev1Task.Outbound(ex.messageId);
        Ikev1Task.Status st = ex.task.build(out);
        if (st == Ikev1Task.Status.FAILED) {
            fail(ex);
            return;
        }
        ex.lastSent = encode(ex.exchangeType, ex.messageId, out.payloads, out.encrypted);
        ex.answeredRequest = ex.lastReceived;
        ex.lastPayloads = List.copyOf(out.payloads);
        sa.send(ex.lastSent);
        daemon.listener().messageSent(sa, ex.exchangeType, ex.messageId, ex.lastPayloads, false);
        if (st == Ikev1Task.Status.SUCCESS) {
            complete(ex, true);
        } else {
            arm(ex);
        }
    }

    private byte[] encode(int exchangeType, int messageId, List<Payload> payloads, boolean encrypted) {
        IsakmpMessage m = new IsakmpMessage(sa.initiatorCookie(), sa.responderCookie(), exchangeType, 0, messageId,
                payloads);
        return encrypted ? m.encodeEncrypted(sa.phase1().crypter().encrypt(messageId, m.payloadBytes())) : m.encode();
    }

    private void arm(Exchange ex) {
        ex.retransmit = daemon.scheduler().schedule(daemon.retransmitPolicy().delayNanos(ex.attempts),
                () -> onTimeout(ex));
    }

    private void onTimeout(Exchange ex) {
        if (ex.done || sa.state() == Ikev1State.DELETED) return;
        if (ex.attempts >= daemon.retransmitPolicy().tries()) {
            if (ex == phase1) {
                sa.delete("Death by retransmission P1");
            } else {
                exchanges.remove(ex.messageId);
                sa.phase1().crypter().forget(ex.messageId);
                ex.task.abandoned();
                daemon.listener().exchangeFailed(sa, ex.exchangeType, "Death by retransmission P2");
            }
            return;
        }
        ex.attempts++;
        daemon.listener().retransmitted(sa, ex.attempts);
        sa.send(ex.lastSent);
        daemon.listener().messageSent(sa, ex.exchangeType, ex.messageId, ex.lastPayloads, true);
        arm(ex);
    }

    /** {@code oursLast}: the exchange ended with a message we sent. */
    private void complete(Exchange ex, boolean oursLast) {
        ex.done = true;
        ex.stop();
        if (ex == phase1) {
            sa.established();
            daemon.listener().established(sa);
            if (oursLast && !queued.isEmpty()) {
                holding = true;
                daemon.scheduler().schedule(AFTER_OWN_LAST_NANOS, () -> {
                    holding = false;
                    startQueued();
                });
            } else {
                startQueued();
            }
        } else {
            // Keep the exchange a while to answer a retransmitted last request, then forget it.
            ex.retransmit = daemon.scheduler().schedule(LINGER_NANOS, () -> {
                exchanges.remove(ex.messageId, ex);
                if (sa.phase1().crypter() != null) sa.phase1().crypter().forget(ex.messageId);
            });
        }
    }

    private void startQueued() {
        while (!queued.isEmpty() && sa.state() == Ikev1State.QM_IDLE) start(queued.poll());
    }

    private void fail(Exchange ex) {
        Payload.Notify n = ex.task.failureNotify();
        if (ex == phase1) {
            if (n != null) {
                int mid = newMessageId();
                sa.send(encode(ExchangeType.INFORMATIONAL, mid, List.of(n), false));
                daemon.listener().messageSent(sa, ExchangeType.INFORMATIONAL, mid, List.of(n), false);
            }
            sa.delete(ex.task.failureReason());
            return;
        }
        ex.stop();
        exchanges.remove(ex.messageId);
        sa.phase1().crypter().forget(ex.messageId);
        ex.task.abandoned();
        if (n != null) sendInformational(List.of(n));
        daemon.listener().exchangeFailed(sa, ex.exchangeType, ex.task.failureReason());
    }

    private void put(Exchange ex) {
        if (exchanges.size() >= MAX_EXCHANGES) {
            Integer oldest = null;
            for (Exchange e : exchanges.values()) {
                if (e.done) {
                    oldest = e.messageId;
                    break;
                }
            }
            if (oldest == null) oldest = exchanges.keySet().iterator().next();
            Exchange gone = exchanges.remove(oldest);
            gone.stop();
            if (!gone.done) gone.task.abandoned();
        }
        exchanges.put(ex.messageId, ex);
    }

    private int newMessageId() {
        int mid;
        do {
            mid = daemon.random().nextInt();
        } while (mid == 0 || exchanges.containsKey(mid));
        return mid;
    }

    /**
     * Sends an informational exchange under this SA (RFC 2409 §5.7): HASH(1) = prf(SKEYID_a,
     * M-ID | N/D) first, encrypted with the exchange's own IV. One message, never retransmitted.
     */
    void sendInformational(List<Payload> body) {
        int mid = newMessageId();
        byte[] hash = Ikev1Kdf.quickModeHash1(sa.phase1().prf(), sa.phase1().keys().skeyidA(), mid,
                PayloadCodec.encodeChain(body));
        List<Payload> all = new ArrayList<>();
        all.add(new Payload.Hash(hash));
        all.addAll(body);
        sa.send(encode(ExchangeType.INFORMATIONAL, mid, all, true));
        sa.phase1().crypter().forget(mid);
        daemon.listener().messageSent(sa, ExchangeType.INFORMATIONAL, mid, all, false);
    }

    private void receiveInformational(IsakmpHeader header) {
        int mid = header.messageId();
        boolean protectedInfo = header.encrypted();
        if (protectedInfo && sa.phase1().crypter() == null) {
            daemon.drop("no-keys", "informational");
            return;
        }
        DecodeResult<PayloadChain> chain = payloads(header, protectedInfo);
        if (protectedInfo) sa.phase1().crypter().forget(mid);
        ExchangeRules.MessageRule rule = ExchangeRules.ruleFor(ExchangeType.INFORMATIONAL, 1, protectedInfo);
        if (chain.isOk()) chain = ExchangeRules.check(rule, chain.value());
        if (chain instanceof DecodeResult.Err<PayloadChain> e) {
            daemon.drop("IKMP_BAD_MESSAGE", e.reason() + " " + e.detail());
            return;
        }
        PayloadChain c = chain.value();
        if (protectedInfo) {
            byte[] expected = Ikev1Kdf.quickModeHash1(sa.phase1().prf(), sa.phase1().keys().skeyidA(), mid,
                    c.bytesAfter(0));
            if (!MessageDigest.isEqual(expected, ((Payload.Hash) c.get(0)).data())) {
                daemon.drop("INVALID-HASH-INFORMATION", "informational");
                return;
            }
        }
        daemon.listener().messageReceived(sa, header, c);
        Informational.handle(sa, daemon, c, protectedInfo);
    }
}
