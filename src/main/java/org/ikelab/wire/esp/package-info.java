/**
 * Wire views of ESP (RFC 4303), AH (RFC 4302) and the UDP encapsulation of ESP for NAT
 * traversal (RFC 3948): offset constants under the RFC diagrams, static accessors for the data
 * plane's per-packet use, checked {@code parse} factories returning a
 * {@link org.ikelab.common.DecodeResult}.
 */
package org.ikelab.wire.esp;
