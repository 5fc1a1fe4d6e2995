/**
 * Pure text formatters for the IOS {@code show} commands and the ping/traceroute output of
 * reference §4.13-4.18. They only read snapshots (no router state is changed) and may move to
 * {@code org.ikelab.cli}.
 */
package org.ikelab.router.show;
