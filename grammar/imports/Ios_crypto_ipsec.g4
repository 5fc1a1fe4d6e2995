/*
 * IPsec: crypto ipsec transform-set / profile / security-association / df-bit /
 * nat-transparency, with the (cfg-crypto-trans) and (ipsec-profile) sub-modes.
 */
parser grammar Ios_crypto_ipsec;

crypto_ipsec_cmd
    : 'ipsec'
      ( ipsec_transform_set_cmd
      | ipsec_profile_cmd
      | ipsec_sa_cmd
      | ipsec_df_bit_cmd
      | ipsec_nat_cmd
      )
    ;
no_crypto_ipsec_cmd
    : 'ipsec'
      ( no_ipsec_transform_set_cmd
      | ipsec_profile_cmd
      | no_ipsec_sa_cmd
      | no_ipsec_df_bit_cmd
      | ipsec_nat_cmd
      )
    ;

// A set holds at most four transforms; which combinations are valid is checked by the handler
// (the caret goes under the first transform that does not fit).
ipsec_transform_set_cmd    : 'transform-set' transform_set_name ipsec_transform ( ipsec_transform ( ipsec_transform ipsec_transform? )? )? ;
no_ipsec_transform_set_cmd : 'transform-set' transform_set_name ( ipsec_transform ( ipsec_transform ( ipsec_transform ipsec_transform? )? )? )? ;
transform_set_name         : WORD ;
ipsec_transform
    : 'ah-md5-hmac' | 'ah-sha-hmac' | 'ah-sha256-hmac' | 'ah-sha384-hmac' | 'ah-sha512-hmac'
    | 'comp-lzs'
    | 'esp-3des' | 'esp-des' | 'esp-null' | 'esp-seal'
    | 'esp-aes' ipsec_key_size?
    | 'esp-gcm' ipsec_key_size?
    | 'esp-gmac' ipsec_key_size?
    | 'esp-md5-hmac' | 'esp-sha-hmac' | 'esp-sha256-hmac' | 'esp-sha384-hmac' | 'esp-sha512-hmac'
    ;
ipsec_key_size : '128' | '192' | '256' ;

ipsec_profile_cmd : 'profile' ipsec_profile_name ;
ipsec_profile_name : WORD ;

ipsec_sa_cmd
    : 'security-association'
      ( 'lifetime' ( 'seconds' ipsec_sa_seconds | 'kilobytes' ( ipsec_sa_kilobytes | 'disable' ) )
      | 'idle-time' ipsec_sa_idle
      | 'replay' ( 'window-size' ipsec_replay_window | 'disable' )
      )
    ;
no_ipsec_sa_cmd
    : 'security-association'
      ( 'lifetime' ( 'seconds' ipsec_sa_seconds? | 'kilobytes' ( ipsec_sa_kilobytes | 'disable' )? )
      | 'idle-time' ipsec_sa_idle?
      | 'replay' ( 'window-size' ipsec_replay_window? | 'disable' )
      )
    ;
ipsec_sa_seconds    : NUMBER ;
ipsec_sa_kilobytes  : NUMBER ;
ipsec_sa_idle       : NUMBER ;
ipsec_replay_window : '64' | '128' | '256' | '512' | '1024' ;

ipsec_df_bit_cmd    : 'df-bit' ( 'clear' | 'set' | 'copy' ) ;
no_ipsec_df_bit_cmd : 'df-bit' ( 'clear' | 'set' | 'copy' )? ;
ipsec_nat_cmd       : 'nat-transparency' 'udp-encapsulation' ;

// ---- (cfg-crypto-trans)#
config_crypto_trans_line : trans_sub_cmd EOF ;
trans_sub_cmd
    : 'no' no_trans_sub_cmd
    | 'default' no_trans_sub_cmd
    | trans_mode_cmd
    | trans_exit_cmd
    ;
trans_mode_cmd : 'mode' trans_mode ;
no_trans_sub_cmd : 'mode' trans_mode? ;
trans_mode     : 'tunnel' | 'transport' 'require'? ;
trans_exit_cmd : 'exit' ;

// ---- (ipsec-profile)#
config_ipsec_profile_line : ipsec_profile_sub_cmd EOF ;
ipsec_profile_sub_cmd
    : 'no' no_ipsec_profile_sub_cmd
    | 'default' no_ipsec_profile_sub_cmd
    | ipsec_profile_set_cmd
    | ipsec_profile_responder_cmd
    | ipsec_profile_description_cmd
    | ipsec_profile_exit_cmd
    ;
no_ipsec_profile_sub_cmd
    : 'set' ( 'transform-set' ( transform_set_name+ )?
            | 'pfs' pfs_group?
            | 'security-association' ( 'lifetime' ( 'seconds' ipsec_sa_seconds? | 'kilobytes' ipsec_sa_kilobytes? ) | 'idle-time' ipsec_sa_idle? )
            | 'isakmp-profile' ( isakmp_profile_name )?
            | 'ikev2-profile' ( ikev2_profile_name )?
            )
    | ipsec_profile_responder_cmd
    | 'description'
    ;
ipsec_profile_set_cmd
    : 'set'
      ( 'transform-set' transform_set_name+
      | 'pfs' pfs_group?
      | 'security-association' ( 'lifetime' ( 'seconds' ipsec_sa_seconds | 'kilobytes' ipsec_sa_kilobytes ) | 'idle-time' ipsec_sa_idle )
      | 'isakmp-profile' isakmp_profile_name
      | 'ikev2-profile' ikev2_profile_name
      )
    ;
pfs_group
    : 'group1' | 'group14' | 'group15' | 'group16' | 'group19' | 'group2' | 'group20' | 'group21'
    | 'group24' | 'group5'
    ;
ipsec_profile_responder_cmd   : 'responder-only' ;
ipsec_profile_description_cmd : 'description' ipsec_profile_description ;
ipsec_profile_description     : LINE ;
ipsec_profile_exit_cmd        : 'exit' ;
