package org.ikelab.ipsec.status;

/**
 * An encryption algorithm as the status screens name it (IKE and IPsec alike). The formatters
 * map each value to the spelling of the screen: {@code aes} in {@code show crypto isakmp sa
 * detail}, {@code AES256} in {@code show crypto engine connections active}.
 */
public enum Cipher {
    DES, TRIPLE_DES, AES_128, AES_192, AES_256, AES_GCM_128, AES_GCM_192, AES_GCM_256,
    /** {@code esp-null}: ESP with authentication only. */
    NULL
}
