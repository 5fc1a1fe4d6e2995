package org.ikelab.ike.v1;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.List;
import org.ikelab.crypto.prf.PrfAlgorithm;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.wire.isakmp.Payload;
import org.ikelab.wire.isakmp.VendorIds;

/**
 * NAT traversal in phase 1 (RFC 3947), the one copy the main and aggressive mode tasks of both
 * sides share (as strongSwan's phase1.c serves its main_mode and aggressive_mode): the NAT-T vendor
 * id check, the NAT-D hashes we send and the comparison of those we receive, and the float to 4500.
 */
final class NatDetection {
    private NatDetection() {
    }

    /** RFC 3947 §3.2: HASH = hash(CKY-I | CKY-R | IP | Port) with the negotiated hash. */
    static byte[] hash(PrfAlgorithm hash, byte[] ckyI, byte[] ckyR, IkeEndpoint ep) {
        byte[] port = ByteBuffer.allocate(2).putShort((short) ep.port()).array();
        return hash.hash(ckyI, ckyR, ep.addressBytes(), port);
    }

    /** Whether the peer's vendor ids announce any NAT-T flavour (RFC 3947 or a draft). */
    static boolean announced(List<Payload.VendorId> vids) {
        for (Payload.VendorId v : vids) if (VendorIds.isNatT(v.data())) return true;
        return false;
    }

    /** Our two NAT-D payloads: first the peer's address as we send to it, then our own (RFC 3947 §3.2). */
    static void addPayloads(Ikev1Task.Outbound out, Phase1Context ctx, IkeSa sa) {
        out.add(new Payload.NatD(ctx.natHash(sa.remote())));
        out.add(new Payload.NatD(ctx.natHash(sa.local())));
    }

    /**
     * Compares the peer's NAT-D payloads (the first hashes our address as the peer sees it, the rest
     * its own) with the endpoints this exchange began on, and records a NAT on either side in
     * {@code ctx}. Only when both sides do NAT-T and the peer sent at least two; returns whether it did.
     */
    static boolean check(Phase1Context ctx, List<Payload.NatD> natd, IkeEndpoint local, IkeEndpoint remote) {
        if (!ctx.peerNatT || natd.size() < 2) return false;
        ctx.natLocal = !MessageDigest.isEqual(natd.get(0).hash(), ctx.natHash(local));
        byte[] theirs = ctx.natHash(remote);
        ctx.natRemote = natd.stream().skip(1).noneMatch(d -> MessageDigest.isEqual(d.hash(), theirs));
        return true;
    }

    /** RFC 3947 §4: with a NAT in the path, IKE continues on port 4500 from here on. */
    static void floatIfNatted(Phase1Context ctx, IkeSa sa) {
        if (ctx.natLocal || ctx.natRemote) {
            sa.floatTo(new IkeEndpoint(sa.local().address(), IkeEndpoint.NATT_PORT),
                    new IkeEndpoint(sa.remote().address(), IkeEndpoint.NATT_PORT));
        }
    }
}
