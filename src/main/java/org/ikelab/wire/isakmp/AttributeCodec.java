package org.ikelab.wire.isakmp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.ikelab.common.DecodeResult;

/**
 * Data attribute lists (RFC 2408 §3.3), used in transforms and in the data of the
 * RESPONDER-LIFETIME notify (RFC 2407 §4.6.3.1):
 * <pre>
 * !A!       Attribute Type        !    AF=0  Attribute Length     !
 * !F!                             !    AF=1  Attribute Value      !
 * .                   AF=0  Attribute Value                       .
 * </pre>
 */
public final class AttributeCodec {
    private AttributeCodec() {
    }

    /** Decodes attributes filling {@code b} from position to limit. */
    public static DecodeResult<List<Attribute>> decode(ByteBuffer b) {
        List<Attribute> attrs = new ArrayList<>();
        int pos = b.position();
        while (pos < b.limit()) {
            if (b.limit() - pos < 4) return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, "attribute truncated");
            int word = b.getShort(pos) & 0xffff;
            int type = word & 0x7fff;
            int v = b.getShort(pos + 2) & 0xffff;
            if ((word & 0x8000) != 0) {
                attrs.add(new Attribute.Basic(type, v));
                pos += 4;
            } else {
                if (v > b.limit() - pos - 4) return DecodeResult.err(IsakmpError.PAYLOAD_MALFORMED, "attribute length " + v);
                byte[] value = new byte[v];
                b.get(pos + 4, value);
                attrs.add(new Attribute.Variable(type, value));
                pos += 4 + v;
            }
        }
        return DecodeResult.ok(attrs);
    }

    public static DecodeResult<List<Attribute>> decode(byte[] data) {
        return decode(ByteBuffer.wrap(data));
    }

    static int length(List<Attribute> attrs) {
        int n = 0;
        for (Attribute a : attrs) n += a.encodedLength();
        return n;
    }

    static void write(ByteBuffer out, List<Attribute> attrs) {
        for (Attribute a : attrs) {
            switch (a) {
                case Attribute.Basic ba -> out.putShort((short) (0x8000 | ba.type())).putShort((short) ba.value());
                case Attribute.Variable va -> out.putShort((short) va.type()).putShort((short) va.value().length)
                        .put(va.value());
            }
        }
    }

    public static byte[] encode(List<Attribute> attrs) {
        ByteBuffer out = ByteBuffer.allocate(length(attrs));
        write(out, attrs);
        return out.array();
    }
}
