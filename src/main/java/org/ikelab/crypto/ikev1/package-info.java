/**
 * IKEv1 key derivation (RFC 2409 §5 and Appendix B) in {@link org.ikelab.crypto.ikev1.Ikev1Kdf},
 * and encryption of message bodies with IV chaining in {@link org.ikelab.crypto.ikev1.Ikev1Crypter}
 * behind the small {@link org.ikelab.crypto.ikev1.Ikev1Cipher} port.
 */
package org.ikelab.crypto.ikev1;
