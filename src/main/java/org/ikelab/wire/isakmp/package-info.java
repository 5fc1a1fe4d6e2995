/**
 * ISAKMP (IKEv1) on the wire: RFC 2408 framing, RFC 2407 IPsec DOI values, RFC 2409 phase-1
 * attributes and RFC 3947 NAT-T payloads.
 *
 * <p>Decoding: {@link org.ikelab.wire.isakmp.IsakmpCodec#decode} takes a datagram (after the UDP
 * header and the non-ESP marker) and returns a {@link org.ikelab.common.DecodeResult}: the
 * zero-copy {@link org.ikelab.wire.isakmp.IsakmpHeader} plus a
 * {@link org.ikelab.wire.isakmp.PayloadChain} of {@link org.ikelab.wire.isakmp.Payload} records,
 * or only the header when the body is encrypted; the caller decrypts and calls
 * {@link org.ikelab.wire.isakmp.IsakmpCodec#decodePlaintext}. Errors are named after the RFC 2408
 * notify types ({@link org.ikelab.wire.isakmp.IsakmpError}). Nothing throws on bad input.
 *
 * <p>Encoding: {@link org.ikelab.wire.isakmp.IsakmpMessage} (with its builder) derives lengths
 * and next-payload chaining. {@link org.ikelab.wire.isakmp.ExchangeRules} says, as data, which
 * payloads each main, aggressive, quick mode and informational message may carry.
 */
package org.ikelab.wire.isakmp;
