package org.ikelab.common;

import java.util.function.Function;

/**
 * Decoding untrusted bytes yields a value, never an exception (ARCHITECTURE decision 4): either
 * {@link Ok} with the decoded value or {@link Err} with a named reason that the caller counts
 * and logs when it drops the input.
 */
public sealed interface DecodeResult<T> {
    record Ok<T>(T value) implements DecodeResult<T> { }

    /** {@code reason} is a short stable name suitable for a drop counter, e.g. "truncated". */
    record Err<T>(String reason, String detail) implements DecodeResult<T> { }

    static <T> DecodeResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> DecodeResult<T> err(String reason) {
        return new Err<>(reason, "");
    }

    static <T> DecodeResult<T> err(String reason, String detail) {
        return new Err<>(reason, detail);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value; only call after {@link #isOk()}. */
    default T value() {
        if (this instanceof Ok<T> ok) return ok.value();
        throw new IllegalStateException("not ok: " + this);
    }

    default <U> DecodeResult<U> map(Function<T, U> f) {
        return switch (this) {
            case Ok<T> ok -> new Ok<>(f.apply(ok.value()));
            case Err<T> e -> new Err<>(e.reason(), e.detail());
        };
    }
}
