package org.ikelab.config;

import org.ikelab.common.RandomSource;
import org.ikelab.crypto.IosPasswordHash;

/** How the configuration stores secrets: clear text becomes a type 9 hash (IOS 15.9's default). */
public final class Passwords {
    private Passwords() {}

    public static Secret hashSecret(String clear, RandomSource rnd) {
        return new Secret(9, IosPasswordHash.type9(clear, rnd));
    }

    /** Whether a typed hash of type 5, 8 or 9 has the right shape to be stored as given. */
    public static boolean wellFormed(int type, String hash) {
        if (type == 5) return hash.startsWith("$1$") && hash.length() > 4;
        return IosPasswordHash.wellFormed(type, hash);
    }

    /** Whether a password matches a stored secret or password. */
    public static boolean matches(String typed, Secret stored) {
        return switch (stored.type()) {
            case 0 -> typed.equals(stored.value());
            case 7 -> typed.equals(Type7.decode(stored.value()));
            default -> IosPasswordHash.verify(typed, stored.value());
        };
    }
}
