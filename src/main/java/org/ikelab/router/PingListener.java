package org.ikelab.router;

/** Receives a ping's progress on the router's thread, so a console can print characters as they come. */
public interface PingListener {
    /** Echo number {@code index} (0-based) ended with {@code result} ({@code !}, {@code .}, {@code U}, ...). */
    default void probe(int index, char result) {
    }

    void done(PingResult result);
}
