/*
 * Seam for the crypto grammar (owned by the cryptocfg branch, which replaces this file). The hub
 * refers to exactly these two rules from the global configuration mode.
 */
parser grammar Ios_crypto;

crypto_config_cmd    : 'crypto' 'isakmp' 'enable' ;
crypto_no_config_cmd : 'crypto' 'isakmp' 'enable' ;
