/**
 * Telnet consoles of lab routers: {@link org.ikelab.cli.telnet.TelnetServer} (netty, one port per
 * router, many sessions per port like vty lines), {@link org.ikelab.cli.telnet.TelnetProtocol}
 * (RFC 854 negotiation: ECHO, SUPPRESS-GO-AHEAD, NAWS; works when the client refuses them all),
 * {@link org.ikelab.cli.telnet.LineEditor} (server-side editing: {@code ?}, Tab, arrows, Ctrl-Z,
 * hidden passwords) and {@link org.ikelab.cli.telnet.VtyConnection}, which joins an editor to a
 * {@link org.ikelab.cli.CliSession} on the router's thread (vty login, type-ahead while a ping
 * runs, log lines only after {@code terminal monitor} with the prompt and typed text re-printed).
 * The local console of {@code ikelab run} is a {@code VtyConnection} too, without vty rules.
 */
package org.ikelab.cli.telnet;
