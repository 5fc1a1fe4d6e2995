/**
 * Wire formats (ARCHITECTURE decision 3): for each protocol a zero-copy view over a
 * {@link java.nio.ByteBuffer} region with typed accessors (offsets under the RFC diagram), a
 * checked factory {@code parse(...)} for untrusted bytes returning
 * {@link org.ikelab.common.DecodeResult}, and a record with {@code emit(...)} for building.
 * Views use absolute indexes and never move the buffer's position or limit.
 */
package org.ikelab.wire;
