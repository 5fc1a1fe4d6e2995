package org.ikelab.router;

/** Direction of an access group on an interface ({@code ip access-group N in|out}). */
public enum Direction {
    IN, OUT
}
