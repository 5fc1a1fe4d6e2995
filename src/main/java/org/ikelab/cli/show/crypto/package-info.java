/**
 * Pure formatters for the runtime crypto {@code show} commands: status snapshots
 * ({@code org.ikelab.ike.status}, {@code org.ikelab.ipsec.status}) in, exact IOS 15 screen text
 * out.
 *
 * <p>Every {@code format} method returns the text that follows the echoed command line and
 * precedes the next prompt, with {@code \n} line ends (the console turns them into CR LF) and
 * every line, including the last, terminated. Trailing spaces and TABs are part of the layout and
 * must survive any later processing.
 */
package org.ikelab.cli.show.crypto;
