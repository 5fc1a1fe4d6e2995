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
                }
            } else if (p instanceof Payload.Delete d && authenticated) {
                delete(sa, d);
            }
        }
    }

    private static void delete(IkeSa sa, Payload.Delete d) {
        if (d.protocolId() == IpsecAttribute.PROTO_ISAKMP) {
            for (byte[] spi : d.spis()) {
                if (Arrays.equals(spi, sa.cookies())) {
                    sa.delete("Peer sent DELETE");
                    return;
                }
            }
            return;
        }
        if (d.spiSize() != 4) return;
        for (byte[] spi : d.spis()) {
            int s = ByteBuffer.wrap(spi).getInt();
            // The peer names the SA it receives on: our outbound one.
            for (ChildSaPair pair : sa.children()) {
                boolean esp = pair.outbound().spi() == s && pair.outbound().protocol() == d.protocolId();
                boolean ah = pair.ahOutbound() != null && pair.ahOutbound().spi() == s
                        && pair.ahOutbound().protocol() == d.protocolId();
                if (esp || ah) sa.removeChild(pair);
            }
        }
    }
}
