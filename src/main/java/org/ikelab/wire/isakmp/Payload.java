package org.ikelab.wire.isakmp;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The decoded form ("repr") of each ISAKMP payload body (RFC 2408 §3.4-3.16, RFC 2407 §4.6,
 * RFC 3947). The generic payload header (next payload, reserved, length) is not part of a
 * repr: {@link PayloadCodec} derives it when encoding. Byte arrays are owned by the record.
 */
public sealed interface Payload {
    /** The payload type number of {@link PayloadType}. */
    int type();

    /** Security Association (§3.4) with the IPsec DOI's 4-byte situation. */
    record Sa(int doi, int situation, List<Proposal> proposals) implements Payload {
        public static final int DOI_IPSEC = 1;
        public static final int SIT_IDENTITY_ONLY = 1;

        public Sa {
            proposals = List.copyOf(proposals);
        }

        public static Sa ipsec(List<Proposal> proposals) {
            return new Sa(DOI_IPSEC, SIT_IDENTITY_ONLY, proposals);
        }

        @Override public int type() { return PayloadType.SA; }
    }

    /** Proposal (§3.5), only ever inside an SA payload. */
    record Proposal(int number, int protocolId, byte[] spi, List<Transform> transforms) implements Payload {
        public Proposal {
            transforms = List.copyOf(transforms);
        }

        @Override public int type() { return PayloadType.PROPOSAL; }
    }

    /** Transform (§3.6), only ever inside a proposal. */
    record Transform(int number, int transformId, List<Attribute> attributes) implements Payload {
        public Transform {
            attributes = List.copyOf(attributes);
        }

        /** The first attribute of {@code type}, or null. */
        public Attribute attribute(int attrType) {
            for (Attribute a : attributes) if (a.type() == attrType) return a;
            return null;
        }

        @Override public int type() { return PayloadType.TRANSFORM; }
    }

    record KeyExchange(byte[] data) implements Payload {
        @Override public int type() { return PayloadType.KE; }
    }

    /** Identification (§3.8) with the IPsec DOI's protocol and port (RFC 2407 §4.6.2). */
    record Id(int idType, int protocol, int port, byte[] data) implements Payload {
        public static Id ipv4(byte[] address, int protocol, int port) {
            return new Id(IdType.IPV4_ADDR, protocol, port, address.clone());
        }

        public static Id ipv4Subnet(byte[] address, byte[] mask, int protocol, int port) {
            byte[] d = new byte[8];
            System.arraycopy(address, 0, d, 0, 4);
            System.arraycopy(mask, 0, d, 4, 4);
            return new Id(IdType.IPV4_ADDR_SUBNET, protocol, port, d);
        }

        public static Id fqdn(String name) {
            return new Id(IdType.FQDN, 0, 0, name.getBytes(StandardCharsets.US_ASCII));
        }

        public static Id userFqdn(String email) {
            return new Id(IdType.USER_FQDN, 0, 0, email.getBytes(StandardCharsets.US_ASCII));
        }

        @Override public int type() { return PayloadType.ID; }
    }

    record Cert(int encoding, byte[] data) implements Payload {
        public static final int X509_SIGNATURE = 4;

        @Override public int type() { return PayloadType.CERT; }
    }

    record CertRequest(int encoding, byte[] authority) implements Payload {
        @Override public int type() { return PayloadType.CR; }
    }

    record Hash(byte[] data) implements Payload {
        @Override public int type() { return PayloadType.HASH; }
    }

    record Signature(byte[] data) implements Payload {
        @Override public int type() { return PayloadType.SIG; }
    }

    record Nonce(byte[] data) implements Payload {
        @Override public int type() { return PayloadType.NONCE; }
    }

    /** Notification (§3.14). */
    record Notify(int doi, int protocolId, int notifyType, byte[] spi, byte[] data) implements Payload {
        @Override public int type() { return PayloadType.NOTIFICATION; }
    }

    /** Delete (§3.15): all SPIs have the same size. */
    record Delete(int doi, int protocolId, int spiSize, List<byte[]> spis) implements Payload {
        public Delete {
            spis = List.copyOf(spis);
            for (byte[] s : spis) {
                if (s.length != spiSize) throw new IllegalArgumentException("SPI size mismatch");
            }
        }

        @Override public int type() { return PayloadType.DELETE; }
    }

    record VendorId(byte[] data) implements Payload {
        @Override public int type() { return PayloadType.VENDOR_ID; }
    }

    /** NAT-Discovery (RFC 3947 §3.2); {@code type} is 20, or 130 for the drafts. */
    record NatD(int type, byte[] hash) implements Payload {
        public NatD(byte[] hash) {
            this(PayloadType.NAT_D, hash);
        }
    }

    /** NAT Original Address (RFC 3947 §5.2); {@code type} is 21, or 131 for the drafts. */
    record NatOa(int type, int idType, byte[] address) implements Payload {
    }

    /** A private-use payload type we do not interpret, kept so it can be counted or ignored. */
    record Unknown(int type, byte[] body) implements Payload {
    }
}
