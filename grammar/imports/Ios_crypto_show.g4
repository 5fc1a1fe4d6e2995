/*
 * The config-only crypto show commands (their text comes from the model, see
 * org.ikelab.cli.ShowCrypto). The EXEC grammar's show rule reaches them through show_crypto_what.
 */
parser grammar Ios_crypto_show;

show_crypto_what
    : 'crypto'
      ( 'isakmp' ( 'policy' | 'key' | show_isakmp_default )
      | 'ipsec' ( 'transform-set' ( 'tag' transform_set_name )? | 'profile' ipsec_profile_name? | 'security-association' )
      | show_crypto_ikev2
      | show_crypto_key
      )
    ;
show_isakmp_default : 'default' 'policy' ;
show_crypto_key : 'key' 'mypubkey' 'rsa' rsa_label? ;
show_crypto_ikev2 : 'ikev2' ( 'proposal' ikev2_proposal_name? | 'policy' ikev2_policy_name? ) ;
