package org.ikelab.ike.v1;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.ikelab.wire.isakmp.IpsecAttribute;
import org.ikelab.wire.isakmp.NotifyType;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadChain;

/**
 * What a received informational exchange does (RFC 2408 §4.8, RFC 2409 §5.7, RFC 3706): an
 * error notify in clear ends a phase-1 SA still negotiating; R-U-THERE is answered with
 * R-U-THERE-ACK; a Delete removes the named IPsec SAs, or the ISAKMP SA itself.
 */
final class Informational {
    private Informational() {
    }

    static void handle(IkeSa sa, IkeV1Daemon daemon, PayloadChain chain, boolean authenticated) {
        // Pairs removed by this message: an AH+ESP bundle is named by two Delete payloads.
        java.util.List<ChildSaPair> removed = new java.util.ArrayList<>();
        for (Payload p : chain.payloads()) {
            if (sa.state() == Ikev1State.DELETED) return;
            if (p instanceof Payload.Notify n) {
                daemon.listener().notifyReceived(sa, n.notifyType());
                if (!authenticated) {
                    if (NotifyType.isError(n.notifyType()) && sa.state() != Ikev1State.QM_IDLE) {
                        sa.delete("Peer sent " + NotifyType.name(n.notifyType()));
                    }
                } else if (n.notifyType() == NotifyType.R_U_THERE) {
                    sa.tasks().sendInformational(List.of(new Payload.Notify(1, IpsecAttribute.PROTO_ISAKMP,
                            NotifyType.R_U_THERE_ACK, sa.cookies(), n.data())));
                } else if (n.notifyType() == NotifyType.R_U_THERE_ACK && n.data().length == 4) {
                    sa.dpdAcknowledged(ByteBuffer.wrap(n.data()).getInt());
                } else if (n.notifyType() == NotifyType.INVALID_SPI) {
                    invalidSpi(sa, daemon, n);
                }
            } else if (p instanceof Payload.Delete d && authenticated) {
                delete(sa, daemon, d, removed);
            }
        }
    }

    /**
     * A protected INVALID-SPI (RFC 2408 §3.14.1): the peer received IPsec traffic on an SPI it
     * does not know, so the pair we send on with that SPI is useless; it goes (and the next
     * packet negotiates a new one). An SPI we never used is only counted.
     */
    private static void invalidSpi(IkeSa sa, IkeV1Daemon daemon, Payload.Notify n) {
        if (n.spi().length != 4) {
            daemon.drop("INVALID-SPI", "notify SPI size " + n.spi().length);
            return;
        }
        int s = ByteBuffer.wrap(n.spi()).getInt();
        // The pair may belong to an older ISAKMP SA with the same peer (a phase 1 cleared or
        // expired while its IPsec SAs lived on): invalid-SPI recovery starts a new one to tell us.
        for (IkeSa owner : daemon.saOwners()) {
            if (owner != sa && !owner.remote().address().equals(sa.remote().address())) continue;
            for (ChildSaPair pair : owner.children()) {
                if (outboundSpi(pair, n.protocolId(), s)) {
                    owner.removeChild(pair);
                    return;
                }
            }
        }
        daemon.drop("INVALID-SPI", "unknown SPI in notify");
    }

    private static boolean outboundSpi(ChildSaPair pair, int protocol, int spi) {
        return (pair.outbound().spi() == spi && pair.outbound().protocol() == protocol)
                || (pair.ahOutbound() != null && pair.ahOutbound().spi() == spi && pair.ahOutbound().protocol() == protocol);
    }

    private static void delete(IkeSa sa, IkeV1Daemon daemon, Payload.Delete d, java.util.List<ChildSaPair> removed) {
        if (d.protocolId() == IpsecAttribute.PROTO_ISAKMP) {
            for (byte[] spi : d.spis()) {
                if (Arrays.equals(spi, sa.cookies())) {
                    sa.delete("Peer sent DELETE");
                    return;
                }
            }
            daemon.drop("INVALID-COOKIE", "Delete for another ISAKMP SA");
            return;
        }
        if (d.spiSize() != 4) {
            daemon.drop("INVALID-SPI", "Delete SPI size " + d.spiSize());
            return;
        }
        for (byte[] spi : d.spis()) {
            int s = ByteBuffer.wrap(spi).getInt();
            // The peer names the SA it receives on: our outbound one.
            boolean known = false;
            for (ChildSaPair pair : sa.children()) {
                if (outboundSpi(pair, d.protocolId(), s)) {
                    sa.removeChild(pair);
                    removed.add(pair);
                    known = true;
                }
            }
            for (ChildSaPair pair : removed) known |= outboundSpi(pair, d.protocolId(), s);
            // RFC 2408 §5.15: an SPI we do not have is an INVALID-SPI event, logged, not answered.
            if (!known) daemon.drop("INVALID-SPI", "Delete for an unknown SPI");
        }
    }
}
