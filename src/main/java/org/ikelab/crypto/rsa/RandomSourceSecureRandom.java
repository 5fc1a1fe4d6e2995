package org.ikelab.crypto.rsa;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import org.ikelab.common.RandomSource;

/**
 * A {@link SecureRandom} view of a {@link RandomSource}, for library code that only takes a
 * SecureRandom: every byte comes from the source, so a seeded source replays exactly.
 */
final class RandomSourceSecureRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    RandomSourceSecureRandom(RandomSource source) {
        super(new Spi(source), null);
    }

    private static final class Spi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final transient RandomSource source;

        Spi(RandomSource source) {
            this.source = source;
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // The source is seeded (or secure) already; extra seed material is not mixed in.
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            source.nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            return source.bytes(numBytes);
        }
    }
}
