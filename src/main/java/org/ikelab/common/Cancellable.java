package org.ikelab.common;

/** A handle on a scheduled task. Cancelling a task that already ran, or twice, does nothing. */
@FunctionalInterface
public interface Cancellable {
    void cancel();

    Cancellable NONE = () -> { };
}
