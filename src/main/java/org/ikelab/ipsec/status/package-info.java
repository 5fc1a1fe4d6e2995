/**
 * Immutable snapshots of the IPsec data plane as the {@code show crypto ...} commands print them.
 *
 * <p>The data plane (SAD, SPD, counters) and the crypto-map compiler fill these records; the
 * formatters in {@code org.ikelab.cli.show.crypto} turn them into IOS screen text. The records
 * carry values only: no behaviour, no IOS spelling (the formatters own every label), and each
 * member's javadoc names the IOS field it feeds.
 */
package org.ikelab.ipsec.status;
