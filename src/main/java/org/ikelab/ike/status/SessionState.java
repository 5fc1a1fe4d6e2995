package org.ikelab.ike.status;

/** {@code Session status:} of {@code show crypto session}. */
public enum SessionState {
    /** IKE and IPsec SAs up. */
    UP_ACTIVE("UP-ACTIVE"),
    /** IKE SA up, no IPsec SA. */
    UP_IDLE("UP-IDLE"),
    /** IPsec SAs up, IKE SA gone. */
    UP_NO_IKE("UP-NO-IKE"),
    /** IKE negotiating. */
    DOWN_NEGOTIATING("DOWN-NEGOTIATING"),
    /** Configured, nothing negotiated. */
    DOWN("DOWN");

    private final String label;

    SessionState(String label) { this.label = label; }

    /** The IOS text. */
    public String label() { return label; }
}
