package org.ikelab.config.crypto;

import java.util.Optional;

/**
 * A configuration enum whose constants are named by an IOS keyword ({@code sha256},
 * {@code pre-share}, {@code esp-aes}): the one lookup from keyword to constant they share.
 */
interface IosKeyword {
    String keyword();

    /** The constant of {@code type} whose keyword is {@code k}, if any. */
    static <E extends Enum<E> & IosKeyword> Optional<E> lookup(Class<E> type, String k) {
        for (E e : type.getEnumConstants()) if (e.keyword().equals(k)) return Optional.of(e);
        return Optional.empty();
    }
}
