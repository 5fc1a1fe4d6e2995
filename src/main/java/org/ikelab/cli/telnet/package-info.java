/**
 * Telnet consoles of lab routers: {@link org.ikelab.cli.telnet.TelnetServer} (netty, one port per
 * router, many sessions per port like vty lines), {@link org.ikelab.cli.telnet.TelnetProtocol}
 * (RFC 854 negotiation: ECHO, SUPPRESS-GO-AHEAD, NAWS; works when the client refuses them all),
 * {@link org.ikelab.cli.telnet.LineEditor} (server-side editing: {@code ?}, Tab, arrows, Ctrl-Z,
 * hidden passwords) and {@link org.ikelab.cli.telnet.VtyConnection}, which joins an editor to a
 * {@link org.ikelab.cli.CliSession} on the router's thread (vty login, type-ahead while a ping
 * runs, log lines only after {@code terminal monitor} with the prompt and typed text re-printed).
 * The local console of {@code ikelab run} is a {@code VtyConnection} too, without vty rules.
 *
 * <p>Vty rules apply when the router's configuration has a {@code line vty} block: its
 * {@code transport input} must allow telnet (else the connection is closed at once),
 * {@code login} without a password refuses the session ({@code Password required, but none set}),
 * and {@code enable} with no enable password answers {@code % No password set}. Every telnet
 * session closes after the vty's {@code exec-timeout} of idleness (IOS default 10 minutes, also
 * without a {@code line vty} block; {@code exec-timeout 0 0} never). Without a
 * {@code line vty} block a telnet port behaves like a lab console server's port (no login, enable
 * allowed), so labs whose configs never mention vty lines stay reachable. Ctrl-] opens the lab
 * shell on a telnet session only when the lab was started from a terminal
 * ({@link org.ikelab.cli.telnet.TelnetServer#escapeTo}).
 */
package org.ikelab.cli.telnet;
