package org.ikelab.ike.v1;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.ChildSa;

/**
 * The inbound and outbound SA one quick mode created (IOS shows them as a pair per protocol),
 * with the configuration they were negotiated for (what a rekey offers again). For an AH+ESP
 * transform set, {@code inbound}/{@code outbound} are the ESP SAs and {@code ahInbound}/
 * {@code ahOutbound} the AH SAs of the same bundle; both are null otherwise. {@code pfsGroup} is
 * the group the quick mode really used (0 for none): a responder without {@code set pfs} accepts
 * a peer's PFS offer, so it can differ from {@code config().pfsGroup()}.
 */
public record ChildSaPair(ChildSa inbound, ChildSa outbound, ChildConfig config, ChildSa ahInbound, ChildSa ahOutbound,
        int pfsGroup) {
    public ChildSaPair(ChildSa inbound, ChildSa outbound, ChildConfig config) {
        this(inbound, outbound, config, null, null, config.pfsGroup());
    }

    public ChildSaPair(ChildSa inbound, ChildSa outbound, ChildConfig config, ChildSa ahInbound, ChildSa ahOutbound) {
        this(inbound, outbound, config, ahInbound, ahOutbound, config.pfsGroup());
    }

    /** Whether AH SAs come with the ESP SAs. */
    public boolean isBundle() {
        return ahInbound != null;
    }

    /** Our inbound SAs (AH first, as a bundle is applied outermost AH), for Delete payloads. */
    List<ChildSa> inboundSas() {
        List<ChildSa> out = new ArrayList<>();
        if (ahInbound != null) out.add(ahInbound);
        out.add(inbound);
        return out;
    }

    /** Every SA of the pair: installed and removed together. */
    List<ChildSa> all() {
        List<ChildSa> out = new ArrayList<>();
        if (ahInbound != null) {
            out.add(ahInbound);
            out.add(ahOutbound);
        }
        out.add(inbound);
        out.add(outbound);
        return out;
    }
}
