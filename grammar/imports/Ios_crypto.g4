/*
 * Global configuration crypto commands. The hub's config_line reaches them through
 * crypto_config_cmd (positive form) and crypto_no_config_cmd (after 'no' / 'default'); each
 * feature file below also holds the entry rules of its sub-modes.
 */
parser grammar Ios_crypto;

import Ios_crypto_isakmp, Ios_crypto_ipsec, Ios_crypto_map, Ios_crypto_ikev2, Ios_crypto_pki, Ios_crypto_show;

crypto_config_cmd
    : 'crypto'
      ( crypto_isakmp_cmd
      | crypto_keyring_cmd
      | crypto_ipsec_cmd
      | crypto_map_cmd
      | crypto_dynamic_map_cmd
      | crypto_ikev2_cmd
      | crypto_key_cmd
      | crypto_pki_cmd
      )
    ;

crypto_no_config_cmd
    : 'crypto'
      ( no_crypto_isakmp_cmd
      | no_crypto_keyring_cmd
      | no_crypto_ipsec_cmd
      | no_crypto_map_cmd
      | no_crypto_dynamic_map_cmd
      | no_crypto_ikev2_cmd
      | no_crypto_pki_cmd
      )
    ;
