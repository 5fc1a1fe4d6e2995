/** HMAC PRFs with their IKEv1 hash and IKEv2 PRF numbers, and IKEv2's prf+ (RFC 7296 §2.13). */
package org.ikelab.crypto.prf;
