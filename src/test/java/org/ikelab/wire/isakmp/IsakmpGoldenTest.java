package org.ikelab.wire.isakmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.Hex;
import org.junit.jupiter.api.Test;

/**
 * Golden bytes of main mode message 1 as IOS 15 sends it for {@code crypto isakmp policy 10 /
 * encr aes / hash sha / authentication pre-share / group 2} (ios-crypto-reference §5.2: the
 * attributes in IOS's order, the 86400 s lifetime as a 4-byte variable attribute, "life
 * duration (VPI) of 0x0 0x1 0x51 0x80"), followed by the four NAT-T vendor ids IOS announces.
 * The hex was written by hand from RFC 2408/2409/3947, not produced by our encoder.
 */
public class IsakmpGoldenTest {
    public static final String IOS_MM1 = ""
            // ISAKMP header: cookies, next=SA(1), version 1.0, exchange 2 (main), flags 0, M-ID 0, length 168
            + "8f5c9a1e2b3d4c6f" + "0000000000000000" + "01" + "10" + "02" + "00" + "00000000" + "000000a8"
            // SA: next=VID(13), length 60; DOI 1 (IPsec), situation 1 (identity only)
            + "0d00003c" + "00000001" + "00000001"
            // Proposal #1: last, length 48; protocol ISAKMP, SPI size 0, 1 transform
            + "00000030" + "01010001"
            // Transform #1: last, length 40; KEY_IKE
            + "00000028" + "01010000"
            + "80010007"            // encryption AES-CBC
            + "800e0080"            // keylength of 128
            + "80020002"            // hash SHA
            + "80040002"            // default group 2
            + "80030001"            // auth pre-share
            + "800b0001"            // life type in seconds
            + "000c0004" + "00015180" // life duration (VPI) 86400
            // Vendor IDs: RFC 3947, draft-07, draft-03, draft-02\n
            + "0d000014" + "4a131c81070358455c5728f20e95452f"
            + "0d000014" + "439b59f8ba676c4c7737ae22eab8f582"
            + "0d000014" + "7d9419a65310ca6f2c179d9215529d56"
            + "00000014" + "90cb80913ebb696e086381b5ec427b1f";

    static IsakmpMessage iosMm1() {
        Payload.Transform t = new Payload.Transform(1, Phase1Attribute.KEY_IKE, List.of(
                Attribute.basic(Phase1Attribute.ENCRYPTION, Phase1Attribute.ENCR_AES_CBC),
                Attribute.basic(Phase1Attribute.KEY_LENGTH, 128),
                Attribute.basic(Phase1Attribute.HASH, Phase1Attribute.HASH_SHA),
                Attribute.basic(Phase1Attribute.GROUP_DESCRIPTION, 2),
                Attribute.basic(Phase1Attribute.AUTH_METHOD, Phase1Attribute.AUTH_PRE_SHARED),
                Attribute.basic(Phase1Attribute.LIFE_TYPE, Phase1Attribute.LIFE_SECONDS),
                Attribute.number(Phase1Attribute.LIFE_DURATION, 86400)));
        Payload.Proposal p = new Payload.Proposal(1, IpsecAttribute.PROTO_ISAKMP, new byte[0], List.of(t));
        return IsakmpMessage.builder(0x8f5c9a1e2b3d4c6fL, 0, ExchangeType.MAIN, 0)
                .add(Payload.Sa.ipsec(List.of(p)))
                .add(VendorIds.payload(VendorIds.NAT_T_RFC3947))
                .add(VendorIds.payload(VendorIds.NAT_T_DRAFT_07))
                .add(VendorIds.payload(VendorIds.NAT_T_DRAFT_03))
                .add(VendorIds.payload(VendorIds.NAT_T_DRAFT_02N))
                .build();
    }

    @Test
    void builderEmitsTheGoldenBytes() {
        assertEquals(IOS_MM1, Hex.encode(iosMm1().encode()));
    }

    @Test
    void goldenBytesDecodeToWhatIosDebugShows() {
        DecodeResult<IsakmpCodec.Decoded> r = IsakmpCodec.decode(ByteBuffer.wrap(Hex.decode(IOS_MM1)));
        IsakmpCodec.Decoded d = r.value();
        assertEquals(ExchangeType.MAIN, d.header().exchangeType());
        assertEquals(0x8f5c9a1e2b3d4c6fL, d.header().initiatorSpi());
        assertEquals(0, d.header().responderSpi());
        assertEquals(168, d.header().length());
        assertFalse(d.encrypted());
        PayloadChain c = d.chain();
        assertTrue(ExchangeRules.check(ExchangeRules.MAIN_1, c).isOk());
        Payload.Sa sa = c.first(Payload.Sa.class).orElseThrow();
        Payload.Transform t = sa.proposals().get(0).transforms().get(0);
        assertEquals("AES-CBC", Phase1Attribute.encryptionName((int) t.attribute(Phase1Attribute.ENCRYPTION).longValue()));
        assertEquals("SHA", Phase1Attribute.hashName((int) t.attribute(Phase1Attribute.HASH).longValue()));
        assertEquals("pre-share", Phase1Attribute.authName((int) t.attribute(Phase1Attribute.AUTH_METHOD).longValue()));
        assertEquals(86400, t.attribute(Phase1Attribute.LIFE_DURATION).longValue());
        assertTrue(t.attribute(Phase1Attribute.LIFE_DURATION) instanceof Attribute.Variable);
        List<Payload.VendorId> vids = c.all(Payload.VendorId.class);
        assertEquals(4, vids.size());
        assertEquals("NAT-T RFC 3947", VendorIds.identify(vids.get(0).data()).orElseThrow().name());
        assertTrue(vids.stream().allMatch(v -> VendorIds.isNatT(v.data())));
        // SAi_b as HASH_I needs it: the SA body without its generic header.
        assertEquals(IOS_MM1.substring(2 * 32, 2 * 88), Hex.encode(c.rawBody(0)));
        assertEquals(Hex.encode(PayloadCodec.encodeBody(sa)), Hex.encode(c.rawBody(0)));
    }

    /** Quick mode SA as in §5.2/§5.3 with NAT-T: ESP_AES 128, HMAC-SHA, UDP-Encapsulated-Tunnel. */
    @Test
    void quickModeAttributesRoundTrip() {
        Payload.Transform t = new Payload.Transform(1, IpsecAttribute.ESP_AES, List.of(
                Attribute.basic(IpsecAttribute.ENCAPSULATION_MODE, IpsecAttribute.ENCAP_UDP_TUNNEL),
                Attribute.basic(IpsecAttribute.SA_LIFE_TYPE, IpsecAttribute.LIFE_SECONDS),
                Attribute.number(IpsecAttribute.SA_LIFE_DURATION, 3600),
                Attribute.basic(IpsecAttribute.SA_LIFE_TYPE, IpsecAttribute.LIFE_KILOBYTES),
                Attribute.number(IpsecAttribute.SA_LIFE_DURATION, 4608000),
                Attribute.basic(IpsecAttribute.AUTH_ALGORITHM, IpsecAttribute.AUTH_HMAC_SHA),
                Attribute.basic(IpsecAttribute.KEY_LENGTH, 128)));
        Payload.Sa sa = Payload.Sa.ipsec(List.of(new Payload.Proposal(1, IpsecAttribute.PROTO_ESP,
                Hex.decode("6d7a2f3c"), List.of(t))));
        IsakmpMessage m = IsakmpMessage.builder(1, 2, ExchangeType.QUICK, 0xcafebabe)
                .add(new Payload.Hash(new byte[20]))
                .add(sa)
                .add(new Payload.Nonce(new byte[20]))
                .add(Payload.Id.ipv4Subnet(Hex.decode("c0a80100"), Hex.decode("ffffff00"), 0, 0))
                .add(Payload.Id.ipv4Subnet(Hex.decode("c0a80200"), Hex.decode("ffffff00"), 0, 0))
                .build();
        IsakmpCodec.Decoded d = IsakmpCodec.decode(ByteBuffer.wrap(m.encode())).value();
        assertTrue(ExchangeRules.check(ExchangeRules.QUICK_1, d.chain()).isOk());
        Payload.Transform back = d.chain().first(Payload.Sa.class).orElseThrow().proposals().get(0).transforms().get(0);
        assertEquals("ESP_AES", IpsecAttribute.transformName(IpsecAttribute.PROTO_ESP, back.transformId()));
        assertEquals("UDP-Encaps-Tunnel", IpsecAttribute.encapsulationName(
                (int) back.attribute(IpsecAttribute.ENCAPSULATION_MODE).longValue()));
        assertEquals(List.of(3600L, 4608000L), back.attributes().stream()
                .filter(a -> a.type() == IpsecAttribute.SA_LIFE_DURATION).map(Attribute::longValue).toList());
        // "SA life duration (VPI) of  0x0 0x46 0x50 0x0": 4608000 travels as 4 bytes.
        assertEquals("00465000", Hex.encode(((Attribute.Variable) back.attributes().get(4)).value()));
        assertEquals(Hex.encode(m.encode()), Hex.encode(d.header().message().array()));
        // HASH(1) input: everything after the HASH payload, as received.
        byte[] after = d.chain().bytesAfter(0);
        assertEquals(Hex.encode(m.payloadBytes()).substring(2 * 24), Hex.encode(after));
    }
}
