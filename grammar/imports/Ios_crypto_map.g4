/*
 * Crypto maps: crypto map NAME SEQ {ipsec-isakmp [dynamic D] | ipsec-manual}, crypto map NAME
 * local-address IF, crypto dynamic-map NAME SEQ, and the (config-crypto-map) sub-mode shared by
 * static and dynamic entries.
 */
parser grammar Ios_crypto_map;

crypto_map_cmd
    : 'map' crypto_map_name
      ( crypto_map_seq ( 'ipsec-isakmp' ( 'dynamic' dynamic_map_name )? | 'ipsec-manual' )?
      | 'local-address' interface_name
      )
    ;
no_crypto_map_cmd
    : 'map' crypto_map_name
      ( crypto_map_seq ( 'ipsec-isakmp' ( 'dynamic' dynamic_map_name )? | 'ipsec-manual' )?
      | 'local-address' interface_name?
      )?
    ;
crypto_map_name : WORD ;
crypto_map_seq  : NUMBER ;

crypto_dynamic_map_cmd    : 'dynamic-map' dynamic_map_name dynamic_map_seq ;
no_crypto_dynamic_map_cmd : 'dynamic-map' dynamic_map_name dynamic_map_seq? ;
dynamic_map_name : WORD ;
dynamic_map_seq  : NUMBER ;

// ---- (config-crypto-map)#
config_crypto_map_line : cmap_sub_cmd EOF ;
cmap_sub_cmd
    : 'no' no_cmap_sub_cmd
    | 'default' no_cmap_sub_cmd
    | cmap_set_cmd
    | cmap_match_cmd
    | cmap_description_cmd
    | cmap_reverse_route_cmd
    | cmap_exit_cmd
    ;
no_cmap_sub_cmd
    : 'set'
      ( 'peer' ( cmap_peer 'dynamic'? )?
      | 'transform-set' transform_set_name*
      | 'pfs' pfs_group?
      | 'security-association' ( 'lifetime' ( 'seconds' ipsec_sa_seconds? | 'kilobytes' ipsec_sa_kilobytes? ) | 'idle-time' ipsec_sa_idle? | 'level' 'per-host' )
      | 'isakmp-profile' isakmp_profile_name?
      | 'ikev2-profile' ikev2_profile_name?
      | 'session-key' ( 'inbound' | 'outbound' ) ( 'esp' | 'ah' )?
      )
    | 'match' 'address' cmap_acl?
    | 'description'
    | 'reverse-route' 'static'?
    ;
cmap_set_cmd
    : 'set'
      ( 'peer' cmap_peer 'dynamic'? 'default'?
      | 'transform-set' transform_set_name ( transform_set_name ( transform_set_name ( transform_set_name ( transform_set_name transform_set_name? )? )? )? )?
      | 'pfs' pfs_group?
      | 'security-association' ( 'lifetime' ( 'seconds' ipsec_sa_seconds | 'kilobytes' ipsec_sa_kilobytes ) | 'idle-time' ipsec_sa_idle | 'level' 'per-host' )
      | 'isakmp-profile' isakmp_profile_name
      | 'ikev2-profile' ikev2_profile_name
      | 'session-key' ( 'inbound' | 'outbound' )
        ( 'esp' cmap_spi 'cipher' cmap_key_hex ( 'authenticator' cmap_auth_hex )?
        | 'ah' cmap_spi cmap_key_hex
        )
      )
    ;
cmap_peer      : cmap_peer_address | cmap_peer_host ;
cmap_peer_address : IPV4 ;
cmap_peer_host : WORD ;
cmap_spi       : NUMBER ;
cmap_key_hex   : WORD | NUMBER ;
cmap_auth_hex  : WORD | NUMBER ;
cmap_match_cmd : 'match' 'address' cmap_acl ;
cmap_acl       : cmap_acl_number | cmap_acl_number_x | cmap_acl_name ;
cmap_acl_number   : NUMBER ;
cmap_acl_number_x : NUMBER ;
cmap_acl_name     : WORD ;
cmap_description_cmd   : 'description' cmap_description ;
cmap_description       : LINE ;
cmap_reverse_route_cmd : 'reverse-route' 'static'? ;
cmap_exit_cmd          : 'exit' ;
