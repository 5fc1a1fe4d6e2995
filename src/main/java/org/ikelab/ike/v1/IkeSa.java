package org.ikelab.ike.v1;

import org.ikelab.common.Hex;
import org.ikelab.ike.IkeEndpoint;

/**
 * One ISAKMP (phase-1) SA. Protocol progress lives in its tasks; the SA holds identity
 * (cookies, endpoints, role), the user-visible state and the phase-1 keys, and owns the task
 * manager that moves messages for it.
 */
public final class IkeSa {
    private final IkeV1Daemon daemon;
    private final boolean initiator;
    private final IkeEndpoint local;
    private final IkeEndpoint remote;
    private final Phase1Context phase1;
    private final TaskManager tasks;
    private Ikev1State state = Ikev1State.MM_NO_STATE;

    IkeSa(IkeV1Daemon daemon, boolean initiator, IkeEndpoint local, IkeEndpoint remote, Phase1Context phase1) {
        this.daemon = daemon;
        this.initiator = initiator;
        this.local = local;
        this.remote = remote;
        this.phase1 = phase1;
        this.tasks = new TaskManager(this, daemon);
    }

    public boolean isInitiator() { return initiator; }
    public IkeEndpoint local() { return local; }
    public IkeEndpoint remote() { return remote; }
    public Ikev1State state() { return state; }
    public Phase1Context phase1() { return phase1; }

    public long initiatorCookie() {
        return java.nio.ByteBuffer.wrap(phase1.ckyI).getLong();
    }

    /** The responder cookie, 0 until MM2. */
    public long responderCookie() {
        return phase1.ckyR == null ? 0 : java.nio.ByteBuffer.wrap(phase1.ckyR).getLong();
    }

    TaskManager tasks() {
        return tasks;
    }

    void setState(Ikev1State next) {
        if (next == state) return;
        Ikev1State old = state;
        state = next;
        daemon.listener().stateChanged(this, old, next);
    }

    void send(byte[] datagram) {
        daemon.transport().send(local, remote, datagram);
    }

    /** Deletes the SA locally with IOS's reason text (no Delete payload is sent in phase 1). */
    void delete(String reason) {
        if (state == Ikev1State.DELETED) return;
        tasks.stop();
        setState(Ikev1State.DELETED);
        daemon.remove(this);
        daemon.listener().deleted(this, reason);
    }

    @Override
    public String toString() {
        return "IkeSa[" + Hex.encode(phase1.ckyI) + "/" + (phase1.ckyR == null ? "0" : Hex.encode(phase1.ckyR)) + " "
                + local + " -> " + remote + " " + state + "]";
    }
}
