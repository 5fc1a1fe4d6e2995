package org.ikelab.ipsec.status;

import java.util.List;
import java.util.Objects;

/**
 * A transform set as a crypto map entry lists it: {@code STRONG:  { esp-192-aes esp-sha-hmac  } ,}.
 *
 * @param name       transform-set name
 * @param transforms IOS display names in transform-set order ({@code esp-192-aes}, {@code esp-sha-hmac})
 */
public record TransformSetStatus(String name, List<String> transforms) {
    public TransformSetStatus {
        Objects.requireNonNull(name, "name");
        transforms = List.copyOf(transforms);
    }
}
