package org.ikelab.wire.isakmp;

/**
 * A data attribute of a transform (RFC 2408 §3.3): either basic (TV, AF bit set, a 16-bit
 * value) or variable (TLV, a length-prefixed value). Which form the sender chose is kept, so
 * re-encoding gives the same bytes (IOS sends a 86400 s lifetime as a 4-byte TLV, 3600 s as TV).
 */
public sealed interface Attribute {
    int type();

    /** The value as an unsigned number; a variable value longer than 8 bytes gives -1. */
    long longValue();

    /** Encoded size in bytes. */
    int encodedLength();

    record Basic(int type, int value) implements Attribute {
        public Basic {
            if (type < 0 || type > 0x7fff || value < 0 || value > 0xffff) {
                throw new IllegalArgumentException("basic attribute out of range: " + type + "=" + value);
            }
        }

        @Override public long longValue() { return value; }
        @Override public int encodedLength() { return 4; }
    }

    record Variable(int type, byte[] value) implements Attribute {
        public Variable {
            if (type < 0 || type > 0x7fff || value.length > 0xffff) {
                throw new IllegalArgumentException("variable attribute out of range: " + type);
            }
        }

        @Override
        public long longValue() {
            if (value.length > 8) return -1;
            long v = 0;
            for (byte b : value) v = (v << 8) | (b & 0xff);
            return v;
        }

        @Override public int encodedLength() { return 4 + value.length; }
    }

    static Attribute basic(int type, int value) {
        return new Basic(type, value);
    }

    /**
     * A number in the shortest form IOS uses: basic when it fits 16 bits, otherwise a 4-byte
     * variable attribute (lifetimes, kilobyte lifetimes such as 4608000).
     */
    static Attribute number(int type, long value) {
        if (value >= 0 && value <= 0xffff) return new Basic(type, (int) value);
        return new Variable(type, new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8),
            (byte) value});
    }
}
