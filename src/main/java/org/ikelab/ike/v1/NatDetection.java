package org.ikelab.ike.v1;

import java.nio.ByteBuffer;
import org.ikelab.crypto.prf.PrfAlgorithm;
import org.ikelab.ike.IkeEndpoint;

/** RFC 3947 §3.2: HASH = hash(CKY-I | CKY-R | IP | Port) with the negotiated hash. */
final class NatDetection {
    private NatDetection() {
    }

    static byte[] hash(PrfAlgorithm hash, byte[] ckyI, byte[] ckyR, IkeEndpoint ep) {
        byte[] port = ByteBuffer.allocate(2).putShort((short) ep.port()).array();
        return hash.hash(ckyI, ckyR, ep.addressBytes(), port);
    }
}
