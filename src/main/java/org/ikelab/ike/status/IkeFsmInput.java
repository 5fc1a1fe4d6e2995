package org.ikelab.ike.status;

/**
 * The two halves of an IOS FSM input, printed by {@code debug crypto isakmp} as
 * {@code Input = IKE_MESG_FROM_PEER, IKE_MM_EXCH}. Constant names are the IOS text.
 */
public final class IkeFsmInput {
    private IkeFsmInput() {}

    /** Where the input came from. */
    public enum Source { IKE_MESG_FROM_PEER, IKE_MESG_INTERNAL, IKE_MESG_FROM_IPSEC, IKE_MESG_FROM_TIMER }

    /** What happened. */
    public enum Event {
        IKE_MM_EXCH, IKE_AM_EXCH, IKE_QM_EXCH, IKE_INFO_NOTIFY,
        IKE_PROCESS_MAIN_MODE, IKE_PROCESS_COMPLETE, IKE_PHASE1_COMPLETE,
        IKE_INIT_QM, IKE_GOT_SPI, IPSEC_INSTALL_DONE,
        IKE_TIMER_P1_RETRANS, IKE_TIMER_QM_RETRANS
    }
}
