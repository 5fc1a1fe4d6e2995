package org.ikelab.ike.v1;

/**
 * Phase-1 SA states as {@code show crypto isakmp sa} names them (ios-crypto-reference §4.1).
 * The fine-grained progress lives in the main mode tasks; this is what the user sees.
 */
public enum Ikev1State {
    MM_NO_STATE,
    MM_SA_SETUP,
    MM_KEY_EXCH,
    AG_NO_STATE,
    AG_INIT_EXCH,
    QM_IDLE,
    /** Removed from the table; kept only for listeners ("MM_NO_STATE ... (deleted)" on IOS). */
    DELETED;

    /** The name padded to 13 characters as IOS debug lines print it ({@code QM_IDLE      }). */
    public String padded() {
        return String.format("%-13s", name());
    }
}
