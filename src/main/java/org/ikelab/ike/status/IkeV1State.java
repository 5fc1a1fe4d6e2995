package org.ikelab.ike.status;

/**
 * The IKEv1 SA states IOS prints in the {@code state} column of {@code show crypto isakmp sa}
 * (reference §4.1). The enum constant names are the IOS text. {@code MM_ACTIVE} is the ASA name
 * and is deliberately absent.
 */
public enum IkeV1State {
    /** Main mode: SA created, nothing agreed yet. */
    MM_NO_STATE,
    /** Main mode: policy agreed (after MM2). */
    MM_SA_SETUP,
    /** Main mode: DH done, not yet authenticated (MM3/MM4); where a PSK mismatch sticks. */
    MM_KEY_EXCH,
    /** Main mode: authenticated, about to become {@link #QM_IDLE}. */
    MM_KEY_AUTH,
    /** Aggressive mode: SA created, nothing done. */
    AG_NO_STATE,
    /** Aggressive mode: first exchange done, not authenticated. */
    AG_INIT_EXCH,
    /** Aggressive mode: authenticated, about to become {@link #QM_IDLE}. */
    AG_AUTH,
    /** Phase 1 complete; the SA is idle and usable for quick mode. */
    QM_IDLE
}
