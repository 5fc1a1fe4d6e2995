package org.ikelab.config;

/**
 * One block of terminal lines ({@code line con 0}, {@code line vty 0 4}). execTimeout is in
 * seconds (IOS default 600 = 10 minutes, not shown); transportInput null = the IOSv default.
 */
public record LineConfig(String kind, int first, int last, int execTimeout, boolean loggingSynchronous,
                         Secret password, boolean login, boolean loginLocal, String transportInput) {
    public static final int DEFAULT_EXEC_TIMEOUT = 600;

    /** The header IOS writes: "line con 0", "line vty 0 4". */
    public String header() {
        return "line " + kind + " " + first + (last != first ? " " + last : "");
    }

    public boolean isVty() {
        return kind.equals("vty");
    }

    public static LineConfig fresh(String kind, int first, int last) {
        boolean vty = kind.equals("vty");
        return new LineConfig(kind, first, last, DEFAULT_EXEC_TIMEOUT, false, null, vty, false, vty ? "none" : null);
    }

    /**
     * True once the block differs from the one every router starts with. A lab's telnet port is a
     * console server's port: IOS's vty rules (the default {@code login} and {@code transport input none}
     * would refuse every session) only apply when the lab's config really sets up its vty lines.
     */
    public boolean configured() {
        return !equals(fresh(kind, first, last));
    }

    public LineConfig withExecTimeout(int s) {
        return new LineConfig(kind, first, last, s, loggingSynchronous, password, login, loginLocal, transportInput);
    }

    public LineConfig withLoggingSynchronous(boolean b) {
        return new LineConfig(kind, first, last, execTimeout, b, password, login, loginLocal, transportInput);
    }

    public LineConfig withPassword(Secret p) {
        return new LineConfig(kind, first, last, execTimeout, loggingSynchronous, p, login, loginLocal, transportInput);
    }

    public LineConfig withLogin(boolean on, boolean local) {
        return new LineConfig(kind, first, last, execTimeout, loggingSynchronous, password, on, local, transportInput);
    }

    public LineConfig withTransportInput(String t) {
        return new LineConfig(kind, first, last, execTimeout, loggingSynchronous, password, login, loginLocal, t);
    }
}
