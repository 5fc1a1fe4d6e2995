/**
 * Immutable snapshots of the IKE control plane as the {@code show crypto isakmp sa} and
 * {@code show crypto session} commands print them, and the small event records that the
 * {@code debug crypto isakmp} formatter turns into debug lines.
 *
 * <p>The IKE engine fills these records; the formatters in {@code org.ikelab.cli.show.crypto}
 * print them. Records carry values only; each member's javadoc names the IOS field it feeds.
 */
package org.ikelab.ike.status;
