package org.ikelab.router;

/** A TCP/UDP port condition of an extended ACL entry: {@code eq|neq|lt|gt N} or {@code range A B}. */
public record PortMatch(Op op, int low, int high) {
    public enum Op { EQ, NEQ, LT, GT, RANGE }

    public static PortMatch eq(int port) {
        return new PortMatch(Op.EQ, port, port);
    }

    public static PortMatch range(int low, int high) {
        return new PortMatch(Op.RANGE, low, high);
    }

    public boolean matches(int port) {
        return switch (op) {
            case EQ -> port == low;
            case NEQ -> port != low;
            case LT -> port < low;
            case GT -> port > low;
            case RANGE -> port >= low && port <= high;
        };
    }
}
