package org.ikelab.wire.isakmp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trip over generated messages: encode, decode, encode again gives the same bytes. */
class IsakmpPropertiesTest {

    @Property(tries = 500)
    void encodeDecodeEncodeIsIdentity(@ForAll("messages") IsakmpMessage m) {
        byte[] wire = m.encode();
        IsakmpCodec.Decoded d = IsakmpCodec.decode(ByteBuffer.wrap(wire)).value();
        assertEquals(m.payloads().size(), d.chain().size());
        IsakmpMessage again = new IsakmpMessage(d.header().initiatorSpi(), d.header().responderSpi(),
                d.header().exchangeType(), d.header().flags(), d.header().messageId(), d.chain().payloads());
        assertArrayEquals(wire, again.encode());
        for (int i = 0; i < d.chain().size(); i++) {
            assertArrayEquals(PayloadCodec.encodeBody(m.payloads().get(i)), d.chain().rawBody(i));
        }
    }

    @Property(tries = 200)
    void decryptedBodiesToleratePadding(@ForAll("messages") IsakmpMessage m, @ForAll("padding") byte[] pad) {
        byte[] body = m.payloadBytes();
        byte[] padded = java.util.Arrays.copyOf(body, body.length + pad.length);
        System.arraycopy(pad, 0, padded, body.length, pad.length);
        IsakmpCodec.Decoded d = IsakmpCodec.decode(ByteBuffer.wrap(m.encodeEncrypted(padded))).value();
        PayloadChain c = IsakmpCodec.decodePlaintext(d.header(), padded).value();
        assertArrayEquals(body, PayloadCodec.encodeChain(c.payloads()));
    }

    @Provide
    Arbitrary<byte[]> padding() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(15);
    }

    @Provide
    Arbitrary<IsakmpMessage> messages() {
        Arbitrary<Integer> exchange = Arbitraries.of(ExchangeType.MAIN, ExchangeType.AGGRESSIVE, ExchangeType.QUICK,
                ExchangeType.INFORMATIONAL, ExchangeType.TRANSACTION);
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs(), exchange,
                Arbitraries.integers().between(0, 7), Arbitraries.integers(), payload().list().ofMaxSize(8))
                .as((i, r, x, f, mid, ps) -> new IsakmpMessage(i, r, x, f & ~IsakmpHeader.FLAG_ENCRYPTION, mid, ps));
    }

    static Arbitrary<byte[]> bytes(int max) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(max);
    }

    static Arbitrary<byte[]> bytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max);
    }

    static Arbitrary<Attribute> attribute() {
        Arbitrary<Attribute> basic = Combinators.combine(Arbitraries.integers().between(0, 0x7fff),
                Arbitraries.integers().between(0, 0xffff)).as(Attribute.Basic::new);
        Arbitrary<Attribute> variable = Combinators.combine(Arbitraries.integers().between(0, 0x7fff), bytes(12))
                .as(Attribute.Variable::new);
        return Arbitraries.oneOf(basic, variable);
    }

    static Arbitrary<Payload.Transform> transform() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
                attribute().list().ofMaxSize(8)).as(Payload.Transform::new);
    }

    static Arbitrary<Payload.Proposal> proposal() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
                bytes(16), transform().list().ofMinSize(1).ofMaxSize(4)).as(Payload.Proposal::new);
    }

    static Arbitrary<Payload> payload() {
        Arbitrary<Payload> sa = proposal().list().ofMinSize(1).ofMaxSize(3).map(Payload.Sa::ipsec);
        Arbitrary<Payload> ke = bytes(300).map(Payload.KeyExchange::new);
        Arbitrary<Payload> id = Arbitraries.oneOf(
                Combinators.combine(bytes(4, 4), Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 0xffff))
                        .as(Payload.Id::ipv4),
                Combinators.combine(bytes(4, 4), bytes(4, 4)).as((a, mk) -> Payload.Id.ipv4Subnet(a, mk, 0, 0)),
                Arbitraries.strings().alpha().ofMaxLength(30).map(Payload.Id::fqdn),
                Arbitraries.strings().alpha().ofMaxLength(30).map(Payload.Id::userFqdn));
        Arbitrary<Payload> cert = Combinators.combine(Arbitraries.integers().between(0, 255), bytes(64)).as(Payload.Cert::new);
        Arbitrary<Payload> cr = Combinators.combine(Arbitraries.integers().between(0, 255), bytes(32)).as(Payload.CertRequest::new);
        Arbitrary<Payload> hash = bytes(64).map(Payload.Hash::new);
        Arbitrary<Payload> sig = bytes(128).map(Payload.Signature::new);
        Arbitrary<Payload> nonce = bytes(8, 64).map(Payload.Nonce::new);
        Arbitrary<Payload> notify = Combinators.combine(Arbitraries.integers(), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 0xffff), bytes(16), bytes(16)).as(Payload.Notify::new);
        Arbitrary<Payload> delete = Arbitraries.integers().between(0, 16).flatMap(size ->
                Combinators.combine(Arbitraries.integers().between(0, 255), bytes(size, size).list().ofMaxSize(5))
                        .as((proto, spis) -> (Payload) new Payload.Delete(1, proto, size, spis)));
        Arbitrary<Payload> vid = bytes(32).map(Payload.VendorId::new);
        Arbitrary<Payload> natd = Combinators.combine(Arbitraries.of(PayloadType.NAT_D, PayloadType.NAT_D_DRAFT), bytes(32))
                .as(Payload.NatD::new);
        Arbitrary<Payload> natoa = Combinators.combine(Arbitraries.of(PayloadType.NAT_OA, PayloadType.NAT_OA_DRAFT),
                Arbitraries.of(IdType.IPV4_ADDR, IdType.IPV6_ADDR)).flatAs((t, idt) ->
                bytes(idt == IdType.IPV4_ADDR ? 4 : 16, idt == IdType.IPV4_ADDR ? 4 : 16)
                        .map(a -> (Payload) new Payload.NatOa(t, idt, a)));
        Arbitrary<Payload> unknown = Combinators.combine(Arbitraries.integers().between(132, 255), bytes(20))
                .as(Payload.Unknown::new);
        return Arbitraries.oneOf(List.of(sa, ke, id, cert, cr, hash, sig, nonce, notify, delete, vid, natd, natoa, unknown));
    }
}
