package org.ikelab.ike.status;

/**
 * IOS's internal ISAKMP finite-state-machine states, printed only by {@code debug crypto isakmp}
 * in {@code Old State = X  New State = Y} lines (reference §5.2, §5.3). The constant names are the
 * IOS text. Phase-1 states belong to the IKE SA; {@code IKE_QM_*} states belong to a quick-mode node.
 */
public enum IkeFsmState {
    IKE_READY,
    IKE_I_MM1, IKE_I_MM2, IKE_I_MM3, IKE_I_MM4, IKE_I_MM5, IKE_I_MM6,
    IKE_R_MM1, IKE_R_MM2, IKE_R_MM3, IKE_R_MM4, IKE_R_MM5, IKE_R_MM6,
    IKE_I_AM1, IKE_I_AM2, IKE_R_AM1, IKE_R_AM2,
    IKE_P1_COMPLETE,
    IKE_QM_READY, IKE_QM_I_QM1, IKE_QM_R_QM2, IKE_QM_SPI_STARVE, IKE_QM_IPSEC_INSTALL_AWAIT,
    IKE_QM_PHASE2_COMPLETE,
    IKE_DEST_SA;

    /** True for the states of a quick-mode node (their transition lines carry no trailing space). */
    public boolean isQuickModeNode() {
        return name().startsWith("IKE_QM_");
    }
}
