package org.ikelab.ike.v1;

import java.util.List;
import org.ikelab.ike.Phase1Proposal;
import org.ikelab.wire.isakmp.IsakmpHeader;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.PayloadChain;

/** Fans events out to several listeners (debug output, counters, key log) in order. */
public final class Ikev1Listeners implements Ikev1Listener {
    private final List<Ikev1Listener> all;

    public Ikev1Listeners(List<Ikev1Listener> all) {
        this.all = List.copyOf(all);
    }

    @Override public void stateChanged(IkeSa sa, Ikev1State from, Ikev1State to) { all.forEach(l -> l.stateChanged(sa, from, to)); }
    @Override public void dropped(String reason, String detail) { all.forEach(l -> l.dropped(reason, detail)); }
    @Override public void retransmitted(IkeSa sa, int attempt) { all.forEach(l -> l.retransmitted(sa, attempt)); }
    @Override public void established(IkeSa sa) { all.forEach(l -> l.established(sa)); }
    @Override public void deleted(IkeSa sa, String reason) { all.forEach(l -> l.deleted(sa, reason)); }
    @Override public void notifyReceived(IkeSa sa, int type) { all.forEach(l -> l.notifyReceived(sa, type)); }
    @Override public void exchangeFailed(IkeSa sa, int type, String reason) { all.forEach(l -> l.exchangeFailed(sa, type, reason)); }
    @Override public void childInstalled(IkeSa sa, ChildSaPair pair) { all.forEach(l -> l.childInstalled(sa, pair)); }
    @Override public void childDeleted(IkeSa sa, ChildSaPair pair) { all.forEach(l -> l.childDeleted(sa, pair)); }

    @Override
    public void messageReceived(IkeSa sa, IsakmpHeader header, PayloadChain payloads) {
        all.forEach(l -> l.messageReceived(sa, header, payloads));
    }

    @Override
    public void messageSent(IkeSa sa, int exchangeType, int messageId, List<Payload> payloads, boolean retransmission) {
        all.forEach(l -> l.messageSent(sa, exchangeType, messageId, payloads, retransmission));
    }

    @Override
    public void policyChecked(IkeSa sa, int number, Phase1Proposal offered, Phase1Proposal policy, String verdict) {
        all.forEach(l -> l.policyChecked(sa, number, offered, policy, verdict));
    }
}
