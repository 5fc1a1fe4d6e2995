/**
 * RSA key pairs as IOS holds them ({@code crypto key generate rsa}): generation from an injected
 * {@link org.ikelab.common.RandomSource} (a seeded source gives the same key every run), the
 * public key as DER SubjectPublicKeyInfo (what {@code show crypto key mypubkey rsa} prints) and
 * the private key as PKCS#8 DER (what NVRAM keeps).
 */
package org.ikelab.crypto.rsa;
