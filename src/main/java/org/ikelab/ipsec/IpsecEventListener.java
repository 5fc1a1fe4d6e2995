package org.ikelab.ipsec;

/**
 * What the data plane tells the control plane, libipsec's {@code ipsec_event_listener_t}: an
 * unknown SPI arrived (IKE may send INVALID_SPI / a delete notify, IOS logs
 * {@code %CRYPTO-4-RECVD_PKT_INV_SPI}), an SA should be rekeyed (soft), an SA is dead (hard).
 * Called on the router's thread; lifetime events caused by a packet are deferred to a task of
 * their own so the listener may install and delete SAs freely.
 */
public interface IpsecEventListener {
    /** A packet for an SPI we do not have; {@code source}/{@code destination} are the outer addresses. */
    default void onInvalidSpi(IpsecProtocol protocol, int source, int destination, long spi) {
    }

    /** Time to negotiate a replacement; the SA keeps working. */
    default void onSoftExpire(IpsecSa sa, ExpiryCause cause) {
    }

    /** The SA no longer processes packets; the control plane should delete it (and tell the peer). */
    default void onHardExpire(IpsecSa sa, ExpiryCause cause) {
    }

    IpsecEventListener NONE = new IpsecEventListener() { };
}
