/**
 * Diffie-Hellman groups for IKE by IANA number ({@link org.ikelab.crypto.dh.DhGroups}): MODP
 * 1, 2, 5, 14, 15, 16, 24 and ECP 19, 20, 21, with private values from an injected
 * {@link org.ikelab.common.RandomSource} and peer values validated into error values.
 */
package org.ikelab.crypto.dh;
