/**
 * Symmetric transforms for ESP, AH and IKE behind one small interface chosen by IANA id
 * (ARCHITECTURE decision 9): the catalogue ({@link org.ikelab.crypto.cipher.EncryptionAlgorithm},
 * {@link org.ikelab.crypto.cipher.IntegrityAlgorithm}) and keyed instances from
 * {@link org.ikelab.crypto.cipher.Transforms}: {@link org.ikelab.crypto.cipher.CbcCipher} (DES,
 * 3DES, AES-CBC; also IKEv1 phase 1 with a caller-kept IV), {@link org.ikelab.crypto.cipher.Aead}
 * (RFC 4106 GCM, RFC 4543 GMAC) and {@link org.ikelab.crypto.cipher.Hmac} (truncated HMACs). All
 * work in place on heap arrays and reuse their JCE objects; one instance per SA direction, used
 * from one thread.
 */
package org.ikelab.crypto.cipher;
