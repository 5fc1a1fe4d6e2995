package org.ikelab.wire.isakmp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ikelab.common.DecodeResult;
import org.ikelab.common.Hex;
import org.junit.jupiter.api.Test;

/**
 * One million malformed, truncated and mutated datagrams (seeded, so a failure replays) go
 * through the decoder, the decrypted-body decoder and the exchange rules: none may throw.
 */
class IsakmpFuzzTest {
    private static final int ITERATIONS = 1_000_000;

    private static List<byte[]> corpus() {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Hex.decode(IsakmpGoldenTest.IOS_MM1));
        seeds.add(IsakmpMessage.builder(1, 2, ExchangeType.QUICK, 77)
                .add(new Payload.Hash(new byte[20]))
                .add(IsakmpGoldenTest.iosMm1().payloads().get(0))
                .add(new Payload.Nonce(new byte[16]))
                .add(new Payload.KeyExchange(new byte[128]))
                .add(Payload.Id.ipv4Subnet(new byte[] {10, 1, 1, 0}, new byte[] {-1, -1, -1, 0}, 0, 0))
                .add(new Payload.NatOa(PayloadType.NAT_OA, IdType.IPV4_ADDR, new byte[] {1, 2, 3, 4}))
                .build().encode());
        seeds.add(IsakmpMessage.builder(1, 2, ExchangeType.INFORMATIONAL, 9)
                .add(new Payload.Hash(new byte[20]))
                .add(new Payload.Notify(1, 1, NotifyType.R_U_THERE, new byte[16], new byte[4]))
                .add(new Payload.Delete(1, 3, 4, List.of(new byte[4], new byte[4])))
                .add(new Payload.NatD(new byte[20]))
                .add(new Payload.CertRequest(4, new byte[3]))
                .add(new Payload.Cert(4, new byte[30]))
                .add(new Payload.Signature(new byte[40]))
                .add(Payload.Id.fqdn("r1.lab"))
                .build().encode());
        return seeds;
    }

    @Test
    void mutatedInputsNeverThrow() {
        SplittableRandom rnd = new SplittableRandom(0x15A4B);
        List<byte[]> seeds = corpus();
        int ok = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] m = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
            try {
                DecodeResult<IsakmpCodec.Decoded> r = IsakmpCodec.decode(ByteBuffer.wrap(m));
                if (r.isOk()) {
                    ok++;
                    IsakmpCodec.Decoded d = r.value();
                    PayloadChain c = d.encrypted() ? IsakmpCodec.decodePlaintext(d.header(), bodyOf(d)).isOk()
                            ? IsakmpCodec.decodePlaintext(d.header(), bodyOf(d)).value() : null : d.chain();
                    if (c != null) {
                        for (int n = 1; n <= 6; n++) {
                            ExchangeRules.MessageRule rule = ExchangeRules.ruleFor(d.header().exchangeType(), n, d.encrypted());
                            if (rule != null) ExchangeRules.check(rule, c);
                        }
                        if (c.size() > 0) c.bytesAfter(0);
                    }
                }
            } catch (RuntimeException e) {
                throw new AssertionError("iteration " + i + " input " + Hex.encode(m), e);
            }
        }
        assertTrue(ok > 1000, "some mutations should stay decodable: " + ok);
    }

    private static byte[] bodyOf(IsakmpCodec.Decoded d) {
        ByteBuffer b = d.header().body();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    private static byte[] mutate(byte[] seed, SplittableRandom rnd) {
        byte[] m = seed.clone();
        switch (rnd.nextInt(6)) {
            case 0 -> { // flip a few bits
                int n = 1 + rnd.nextInt(4);
                for (int k = 0; k < n; k++) m[rnd.nextInt(m.length)] ^= (byte) (1 << rnd.nextInt(8));
            }
            case 1 -> { // truncate, keeping or fixing the header length
                m = java.util.Arrays.copyOf(m, rnd.nextInt(m.length + 1));
                if (m.length >= 28 && rnd.nextBoolean()) ByteBuffer.wrap(m).putInt(24, m.length);
            }
            case 2 -> { // overwrite a 16-bit field (lengths, counts) with a random or boundary value
                int pos = rnd.nextInt(m.length - 1);
                int v = rnd.nextBoolean() ? rnd.nextInt(65536) : new int[] {0, 1, 3, 4, 5, 0xffff, 0x8000}[rnd.nextInt(7)];
                m[pos] = (byte) (v >>> 8);
                m[pos + 1] = (byte) v;
            }
            case 3 -> { // random bytes behind a valid-looking header
                byte[] r = new byte[28 + rnd.nextInt(200)];
                rnd.nextBytes(r);
                System.arraycopy(m, 0, r, 0, 28);
                ByteBuffer.wrap(r).putInt(24, r.length);
                r[16] = (byte) new int[] {1, 4, 5, 8, 10, 11, 12, 13, 20, 21, 130, 200}[rnd.nextInt(12)];
                m = r;
            }
            case 4 -> { // set the encryption flag so the body goes through the padded decoder
                m[19] |= 1;
                int pos = 28 + rnd.nextInt(Math.max(1, m.length - 28));
                if (pos < m.length) m[pos] = (byte) rnd.nextInt(256);
            }
            default -> { // insert or delete a byte inside the message
                int pos = 28 + rnd.nextInt(m.length - 28);
                byte[] r;
                if (rnd.nextBoolean()) {
                    r = new byte[m.length + 1];
                    System.arraycopy(m, 0, r, 0, pos);
                    r[pos] = (byte) rnd.nextInt(256);
                    System.arraycopy(m, pos, r, pos + 1, m.length - pos);
                } else {
                    r = new byte[m.length - 1];
                    System.arraycopy(m, 0, r, 0, pos);
                    System.arraycopy(m, pos + 1, r, pos, m.length - pos - 1);
                }
                ByteBuffer.wrap(r).putInt(24, r.length);
                m = r;
            }
        }
        return m;
    }
}
