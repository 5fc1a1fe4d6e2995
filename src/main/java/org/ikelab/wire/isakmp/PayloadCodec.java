package org.ikelab.wire.isakmp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.DecodeResult;

/**
 * Decodes and encodes payload chains. Every payload starts with the generic header (RFC 2408
 * §3.2):
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ! Next Payload  !   RESERVED    !         Payload Length        !
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * Decoding never throws: every length is checked against what is left before it is used, and
 * each loop consumes at least four bytes, so work is bounded by the input size.
 */
public final class PayloadCodec {
    static final int GENERIC_HEADER = 4;

    private PayloadCodec() {
    }

    /**
     * Decodes the chain that starts with payload type {@code first} in {@code body} (from its
     * position to its limit). {@code allowTrailing} accepts bytes after the last payload: the
     * padding of a decrypted body. Without it trailing bytes are PAYLOAD-MALFORMED.
     */
    public static DecodeResult<PayloadChain> decodeChain(int first, ByteBuffer body, boolean allowTrailing) {
        ByteBuffer b = body.slice();
        List<Payload> payloads = new ArrayList<>();
        List<ByteBuffer> raw = new ArrayList<>();
        int type = first;
        while (type != PayloadType.NONE) {
            if (!PayloadType.isKnownTopLevel(type) && !PayloadType.isPrivateUse(type)) {
                return DecodeResult.err(IsakmpError.INVALID_PAYLOAD_TYPE, "payload type " + type);
            }
            if (b.remaining() < GENERIC_HEADER) {
                return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, PayloadType.name(type) + " header truncated");
            }
            int start = b.position();
            int next = b.get(start) & 0xff;
            int len = b.getShort(start + 2) & 0xffff;
            if (len < GENERIC_HEADER || len > b.remaining()) {
                return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, PayloadType.name(type) + " length " + len);
            }
            ByteBuffer whole = b.slice(start, len);
            DecodeResult<? extends Payload> p = decodeBody(type, whole.slice(GENERIC_HEADER, len - GENERIC_HEADER));
            if (p instanceof DecodeResult.Err<? extends Payload> e) return DecodeResult.err(e.reason(), e.detail());
            payloads.add(p.value());
            raw.add(whole.asReadOnlyBuffer());
            b.position(start + len);
            type = next;
        }
        if (b.hasRemaining() && !allowTrailing) {
            return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, b.remaining() + " bytes after the last payload");
        }
        return DecodeResult.ok(new PayloadChain(payloads, raw));
    }

    private static DecodeResult<? extends Payload> decodeBody(int type, ByteBuffer b) {
        return switch (type) {
            case PayloadType.SA -> decodeSa(b);
            case PayloadType.KE -> DecodeResult.ok(new Payload.KeyExchange(bytes(b, 0, b.remaining())));
            case PayloadType.ID -> decodeId(b);
            case PayloadType.CERT, PayloadType.CR -> decodeCert(type, b);
            case PayloadType.HASH -> DecodeResult.ok(new Payload.Hash(bytes(b, 0, b.remaining())));
            case PayloadType.SIG -> DecodeResult.ok(new Payload.Signature(bytes(b, 0, b.remaining())));
            case PayloadType.NONCE -> DecodeResult.ok(new Payload.Nonce(bytes(b, 0, b.remaining())));
            case PayloadType.NOTIFICATION -> decodeNotify(b);
            case PayloadType.DELETE -> decodeDelete(b);
            case PayloadType.VENDOR_ID -> DecodeResult.ok(new Payload.VendorId(bytes(b, 0, b.remaining())));
            case PayloadType.NAT_D, PayloadType.NAT_D_DRAFT -> DecodeResult.ok(new Payload.NatD(type, bytes(b, 0, b.remaining())));
            case PayloadType.NAT_OA, PayloadType.NAT_OA_DRAFT -> decodeNatOa(type, b);
            default -> DecodeResult.ok(new Payload.Unknown(type, bytes(b, 0, b.remaining())));
        };
    }

    /*
     * SA body (RFC 2408 §3.4, RFC 2407 §4.6.1):
     * !              Domain of Interpretation  (DOI)                  !
     * !                           Situation                           !
     * !                 Proposal payloads ...                         !
     */
    private static DecodeResult<Payload.Sa> decodeSa(ByteBuffer b) {
        if (b.remaining() < 8) return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, "SA body " + b.remaining());
        int doi = b.getInt(0);
        int situation = b.getInt(4);
        if (doi != Payload.Sa.DOI_IPSEC) return DecodeResult.err(IsakmpError.DOI_NOT_SUPPORTED, "DOI " + doi);
        if (situation != Payload.Sa.SIT_IDENTITY_ONLY) {
            return DecodeResult.err(IsakmpError.SITUATION_NOT_SUPPORTED, "situation " + situation);
        }
        List<Payload.Proposal> proposals = new ArrayList<>();
        int pos = 8;
        int next = PayloadType.PROPOSAL;
        while (next != PayloadType.NONE) {
            if (next != PayloadType.PROPOSAL) {
                return DecodeResult.err(IsakmpError.BAD_PROPOSAL_SYNTAX, "payload " + next + " inside SA");
            }
            if (b.limit() - pos < 8) return DecodeResult.err(IsakmpError.BAD_PROPOSAL_SYNTAX, "proposal truncated");
            next = b.get(pos) & 0xff;
            int len = b.getShort(pos + 2) & 0xffff;
            if (len < 8 || len > b.limit() - pos) {
                return DecodeResult.err(IsakmpError.BAD_PROPOSAL_SYNTAX, "proposal length " + len);
            }
            DecodeResult<Payload.Proposal> p = decodeProposal(b.slice(pos + GENERIC_HEADER, len - GENERIC_HEADER));
            if (p instanceof DecodeResult.Err<Payload.Proposal> e) return DecodeResult.err(e.reason(), e.detail());
            proposals.add(p.value());
            pos += len;
        }
        if (proposals.isEmpty()) return DecodeResult.err(IsakmpError.BAD_PROPOSAL_SYNTAX, "SA without proposals");
        if (pos != b.limit()) return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, "SA length mismatch");
        return DecodeResult.ok(new Payload.Sa(doi, situation, proposals));
    }

    /*
     * Proposal body (§3.5):
     * !  Proposal #   !  Protocol-Id  !    SPI Size   !# of Transforms!
     * !                        SPI (variable)                         !
     */
    private static DecodeResult<Payload.Proposal> decodeProposal(ByteBuffer b) {
        int number = b.get(0) & 0xff;
        int protocol = b.get(1) & 0xff;
        int spiSize = b.get(2) & 0xff;
        int count = b.get(3) & 0xff;
        if (4 + spiSize > b.limit()) return DecodeResult.err(IsakmpError.BAD_PROPOSAL_SYNTAX, "SPI size " + spiSize);
        byte[] spi = bytes(b, 4, spiSize);
        List<Payload.Transform> transforms = new ArrayList<>();
        int pos = 4 + spiSize;
        int next = PayloadType.TRANSFORM;
        while (next != PayloadType.NONE) {
            if (next != PayloadType.TRANSFORM) {
                return DecodeResult.err(IsakmpError.BAD_PROPOSAL_SYNTAX, "payload " + next + " inside proposal");
            }
            if (b.limit() - pos < 8) return DecodeResult.err(IsakmpError.BAD_PROPOSAL_SYNTAX, "transform truncated");
            next = b.get(pos) & 0xff;
            int len = b.getShort(pos + 2) & 0xffff;
            if (len < 8 || len > b.limit() - pos) {
                return DecodeResult.err(IsakmpError.BAD_PROPOSAL_SYNTAX, "transform length " + len);
            }
            DecodeResult<Payload.Transform> t = decodeTransform(b.slice(pos + GENERIC_HEADER, len - GENERIC_HEADER));
            if (t instanceof DecodeResult.Err<Payload.Transform> e) return DecodeResult.err(e.reason(), e.detail());
            transforms.add(t.value());
            pos += len;
        }
        if (pos != b.limit()) return DecodeResult.err(IsakmpError.BAD_PROPOSAL_SYNTAX, "proposal length mismatch");
        if (transforms.size() != count) {
            return DecodeResult.err(IsakmpError.BAD_PROPOSAL_SYNTAX, count + " transforms announced, " + transforms.size() + " found");
        }
        return DecodeResult.ok(new Payload.Proposal(number, protocol, spi, transforms));
    }

    /*
     * Transform body (§3.6):
     * !  Transform #  !  Transform-Id !           RESERVED2           !
     * !                        SA Attributes                          !
     */
    private static DecodeResult<Payload.Transform> decodeTransform(ByteBuffer b) {
        int number = b.get(0) & 0xff;
        int id = b.get(1) & 0xff;
        DecodeResult<List<Attribute>> attrs = AttributeCodec.decode(b.duplicate().position(4));
        if (attrs instanceof DecodeResult.Err<List<Attribute>> e) return DecodeResult.err(e.reason(), e.detail());
        return DecodeResult.ok(new Payload.Transform(number, id, attrs.value()));
    }

    /*
     * ID body (RFC 2407 §4.6.2):
     * !   ID Type     !  Protocol ID  !             Port              !
     * !                     Identification Data                       !
     */
    private static DecodeResult<Payload.Id> decodeId(ByteBuffer b) {
        if (b.remaining() < 4) return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, "ID body " + b.remaining());
        int idType = b.get(0) & 0xff;
        int dataLength = b.remaining() - 4;
        int fixed = IdType.fixedLength(idType);
        if (fixed >= 0 && dataLength != fixed) {
            return DecodeResult.err(IsakmpError.INVALID_ID_INFORMATION, IdType.name(idType) + " with " + dataLength + " bytes");
        }
        return DecodeResult.ok(new Payload.Id(idType, b.get(1) & 0xff, b.getShort(2) & 0xffff, bytes(b, 4, dataLength)));
    }

    private static DecodeResult<Payload> decodeCert(int type, ByteBuffer b) {
        if (b.remaining() < 1) return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, "certificate body empty");
        int enc = b.get(0) & 0xff;
        byte[] data = bytes(b, 1, b.remaining() - 1);
        return DecodeResult.ok(type == PayloadType.CERT ? new Payload.Cert(enc, data) : new Payload.CertRequest(enc, data));
    }

    /*
     * Notification body (§3.14):
     * !              Domain of Interpretation  (DOI)                  !
     * !  Protocol-ID  !   SPI Size    !      Notify Message Type      !
     * !                Security Parameter Index (SPI)                 !
     * !                       Notification Data                       !
     */
    private static DecodeResult<Payload.Notify> decodeNotify(ByteBuffer b) {
        if (b.remaining() < 8) return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, "notify body " + b.remaining());
        int spiSize = b.get(5) & 0xff;
        if (8 + spiSize > b.remaining()) return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, "notify SPI size " + spiSize);
        return DecodeResult.ok(new Payload.Notify(b.getInt(0), b.get(4) & 0xff, b.getShort(6) & 0xffff,
                bytes(b, 8, spiSize), bytes(b, 8 + spiSize, b.remaining() - 8 - spiSize)));
    }

    /*
     * Delete body (§3.15):
     * !              Domain of Interpretation  (DOI)                  !
     * !  Protocol-Id  !   SPI Size    !           # of SPIs           !
     * !               Security Parameter Index(es) (SPI)              !
     */
    private static DecodeResult<Payload.Delete> decodeDelete(ByteBuffer b) {
        if (b.remaining() < 8) return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, "delete body " + b.remaining());
        int spiSize = b.get(5) & 0xff;
        int count = b.getShort(6) & 0xffff;
        if ((long) spiSize * count != b.remaining() - 8) {
            return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, count + " SPIs of " + spiSize + " bytes do not fill the payload");
        }
        List<byte[]> spis = new ArrayList<>(count);
        for (int i = 0; i < count; i++) spis.add(bytes(b, 8 + i * spiSize, spiSize));
        return DecodeResult.ok(new Payload.Delete(b.getInt(0), b.get(4) & 0xff, spiSize, spis));
    }

    /*
     * NAT-OA body (RFC 3947 §5.2):
     * !    ID Type    !    RESERVED   !            RESERVED           !
     * !           IPv4 (4 octets) or IPv6 address (16 octets)         !
     */
    private static DecodeResult<Payload.NatOa> decodeNatOa(int type, ByteBuffer b) {
        if (b.remaining() < 4) return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, "NAT-OA body " + b.remaining());
        int idType = b.get(0) & 0xff;
        int n = b.remaining() - 4;
        boolean ok = (idType == IdType.IPV4_ADDR && n == 4) || (idType == IdType.IPV6_ADDR && n == 16);
        if (!ok) return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, "NAT-OA " + IdType.name(idType) + " with " + n + " bytes");
        return DecodeResult.ok(new Payload.NatOa(type, idType, bytes(b, 4, n)));
    }

    private static byte[] bytes(ByteBuffer b, int off, int len) {
        byte[] out = new byte[len];
        b.get(off, out);
        return out;
    }

    // ---------------------------------------------------------------- encoding

    /** Encodes a chain with generic headers and next-payload chaining; the first type is payloads.get(0).type(). */
    public static byte[] encodeChain(List<? extends Payload> payloads) {
        int total = 0;
        for (Payload p : payloads) total += GENERIC_HEADER + bodyLength(p);
        ByteBuffer out = ByteBuffer.allocate(total);
        for (int i = 0; i < payloads.size(); i++) {
            int next = i + 1 < payloads.size() ? payloads.get(i + 1).type() : PayloadType.NONE;
            writePayload(out, payloads.get(i), next);
        }
        return out.array();
    }

    /** The body of one payload without its generic header (the "_b" form of RFC 2409). */
    public static byte[] encodeBody(Payload p) {
        ByteBuffer out = ByteBuffer.allocate(bodyLength(p));
        writeBody(out, p);
        return out.array();
    }

    static int bodyLength(Payload p) {
        return switch (p) {
            case Payload.Sa sa -> {
                int n = 8;
                for (Payload.Proposal pr : sa.proposals()) n += GENERIC_HEADER + bodyLength(pr);
                yield n;
            }
            case Payload.Proposal pr -> {
                int n = 4 + pr.spi().length;
                for (Payload.Transform t : pr.transforms()) n += GENERIC_HEADER + bodyLength(t);
                yield n;
            }
            case Payload.Transform t -> 4 + AttributeCodec.length(t.attributes());
            case Payload.KeyExchange ke -> ke.data().length;
            case Payload.Id id -> 4 + id.data().length;
            case Payload.Cert c -> 1 + c.data().length;
            case Payload.CertRequest c -> 1 + c.authority().length;
            case Payload.Hash h -> h.data().length;
            case Payload.Signature s -> s.data().length;
            case Payload.Nonce n -> n.data().length;
            case Payload.Notify n -> 8 + n.spi().length + n.data().length;
            case Payload.Delete d -> 8 + d.spiSize() * d.spis().size();
            case Payload.VendorId v -> v.data().length;
            case Payload.NatD d -> d.hash().length;
            case Payload.NatOa oa -> 4 + oa.address().length;
            case Payload.Unknown u -> u.body().length;
        };
    }

    private static void writePayload(ByteBuffer out, Payload p, int next) {
        int len = GENERIC_HEADER + bodyLength(p);
        if (len > 0xffff) throw new IllegalArgumentException(PayloadType.name(p.type()) + " payload too long: " + len);
        out.put((byte) next).put((byte) 0).putShort((short) len);
        writeBody(out, p);
    }

    private static void writeBody(ByteBuffer out, Payload p) {
        switch (p) {
            case Payload.Sa sa -> {
                out.putInt(sa.doi()).putInt(sa.situation());
                List<Payload.Proposal> ps = sa.proposals();
                for (int i = 0; i < ps.size(); i++) {
                    writePayload(out, ps.get(i), i + 1 < ps.size() ? PayloadType.PROPOSAL : PayloadType.NONE);
                }
            }
            case Payload.Proposal pr -> {
                out.put((byte) pr.number()).put((byte) pr.protocolId()).put((byte) pr.spi().length)
                        .put((byte) pr.transforms().size()).put(pr.spi());
                List<Payload.Transform> ts = pr.transforms();
                for (int i = 0; i < ts.size(); i++) {
                    writePayload(out, ts.get(i), i + 1 < ts.size() ? PayloadType.TRANSFORM : PayloadType.NONE);
                }
            }
            case Payload.Transform t -> {
                out.put((byte) t.number()).put((byte) t.transformId()).putShort((short) 0);
                AttributeCodec.write(out, t.attributes());
            }
            case Payload.KeyExchange ke -> out.put(ke.data());
            case Payload.Id id -> out.put((byte) id.idType()).put((byte) id.protocol()).putShort((short) id.port())
                    .put(id.data());
            case Payload.Cert c -> out.put((byte) c.encoding()).put(c.data());
            case Payload.CertRequest c -> out.put((byte) c.encoding()).put(c.authority());
            case Payload.Hash h -> out.put(h.data());
            case Payload.Signature s -> out.put(s.data());
            case Payload.Nonce n -> out.put(n.data());
            case Payload.Notify n -> out.putInt(n.doi()).put((byte) n.protocolId()).put((byte) n.spi().length)
                    .putShort((short) n.notifyType()).put(n.spi()).put(n.data());
            case Payload.Delete d -> {
                out.putInt(d.doi()).put((byte) d.protocolId()).put((byte) d.spiSize()).putShort((short) d.spis().size());
                for (byte[] s : d.spis()) out.put(s);
            }
            case Payload.VendorId v -> out.put(v.data());
            case Payload.NatD d -> out.put(d.hash());
            case Payload.NatOa oa -> out.put((byte) oa.idType()).put((byte) 0).putShort((short) 0).put(oa.address());
            case Payload.Unknown u -> out.put(u.body());
        }
    }
}
