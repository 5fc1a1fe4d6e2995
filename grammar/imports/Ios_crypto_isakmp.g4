/*
 * IKEv1: crypto isakmp policy/key/identity/keepalive/nat/aggressive-mode/peer/profile and
 * crypto keyring, with the (config-isakmp), (conf-keyring), (conf-isa-prof) and
 * (config-isakmp-peer) sub-modes.
 */
parser grammar Ios_crypto_isakmp;

crypto_isakmp_cmd
    : 'isakmp'
      ( isakmp_policy_cmd
      | isakmp_key_cmd
      | isakmp_identity_cmd
      | isakmp_keepalive_cmd
      | isakmp_nat_cmd
      | isakmp_aggressive_cmd
      | isakmp_enable_cmd
      | isakmp_default_policy_cmd
      | isakmp_invalid_spi_cmd
      | isakmp_profile_cmd
      | isakmp_peer_cmd
      )
    ;
no_crypto_isakmp_cmd
    : 'isakmp'
      ( no_isakmp_policy_cmd
      | no_isakmp_key_cmd
      | no_isakmp_identity_cmd
      | no_isakmp_keepalive_cmd
      | no_isakmp_nat_cmd
      | isakmp_aggressive_cmd
      | isakmp_enable_cmd
      | isakmp_default_policy_cmd
      | isakmp_invalid_spi_cmd
      | no_isakmp_profile_cmd
      | isakmp_peer_cmd
      )
    | no_isakmp_all_cmd
    ;
no_isakmp_all_cmd : 'isakmp' ;

isakmp_policy_cmd    : 'policy' isakmp_priority ;
no_isakmp_policy_cmd : 'policy' isakmp_priority ;
isakmp_priority      : NUMBER ;

isakmp_key_cmd
    : 'key' isakmp_key_type? isakmp_key_string
      ( 'address' isakmp_key_address isakmp_key_mask? 'no-xauth'? | 'hostname' isakmp_key_hostname )
    ;
no_isakmp_key_cmd
    : 'key' isakmp_key_type? isakmp_key_string
      ( 'address' isakmp_key_address isakmp_key_mask? | 'hostname' isakmp_key_hostname )
    ;
isakmp_key_type     : '0' | '6' ;
isakmp_key_string   : WORD | NUMBER ;
isakmp_key_address  : IPV4 ;
isakmp_key_mask     : IPV4 ;
isakmp_key_hostname : WORD ;

isakmp_identity_cmd    : 'identity' ( 'address' | 'dn' | 'hostname' ) ;
no_isakmp_identity_cmd : 'identity' ( 'address' | 'dn' | 'hostname' )? ;

isakmp_keepalive_cmd    : 'keepalive' isakmp_keepalive_seconds isakmp_keepalive_retry? ( 'periodic' | 'on-demand' )? ;
no_isakmp_keepalive_cmd : 'keepalive' ( isakmp_keepalive_seconds isakmp_keepalive_retry? ( 'periodic' | 'on-demand' )? )? ;
isakmp_keepalive_seconds : NUMBER ;
isakmp_keepalive_retry   : NUMBER ;

isakmp_nat_cmd    : 'nat' 'keepalive' isakmp_nat_seconds ;
no_isakmp_nat_cmd : 'nat' 'keepalive' isakmp_nat_seconds? ;
isakmp_nat_seconds : NUMBER ;

isakmp_aggressive_cmd     : 'aggressive-mode' 'disable' ;
isakmp_enable_cmd         : 'enable' ;
isakmp_default_policy_cmd : 'default' 'policy' ;
isakmp_invalid_spi_cmd    : 'invalid-spi-recovery' ;

isakmp_profile_cmd    : 'profile' isakmp_profile_name ;
no_isakmp_profile_cmd : 'profile' isakmp_profile_name ;
isakmp_profile_name   : WORD ;

isakmp_peer_cmd     : 'peer' 'address' isakmp_peer_address ;
isakmp_peer_address : IPV4 ;

crypto_keyring_cmd    : 'keyring' keyring_name ( 'vrf' keyring_vrf )? ;
no_crypto_keyring_cmd : 'keyring' keyring_name ( 'vrf' keyring_vrf )? ;
keyring_name          : WORD ;
keyring_vrf           : WORD ;

// ---- (config-isakmp)#
config_isakmp_line : isakmp_sub_cmd EOF ;
isakmp_sub_cmd
    : 'no' no_isakmp_sub_cmd
    | 'default' no_isakmp_sub_cmd
    | isakmp_encryption_cmd
    | isakmp_hash_cmd
    | isakmp_auth_cmd
    | isakmp_group_cmd
    | isakmp_lifetime_cmd
    | isakmp_exit_cmd
    ;
no_isakmp_sub_cmd
    : 'encryption' isakmp_cipher?
    | 'hash' isakmp_hash_alg?
    | 'authentication' isakmp_auth_method?
    | 'group' isakmp_group_number?
    | 'lifetime' isakmp_lifetime?
    ;
isakmp_encryption_cmd : 'encryption' isakmp_cipher ;
isakmp_cipher         : 'des' | '3des' | 'aes' isakmp_aes_size? ;
isakmp_aes_size       : '128' | '192' | '256' ;
isakmp_hash_cmd       : 'hash' isakmp_hash_alg ;
isakmp_hash_alg       : 'md5' | 'sha' | 'sha256' | 'sha384' | 'sha512' ;
isakmp_auth_cmd       : 'authentication' isakmp_auth_method ;
isakmp_auth_method    : 'pre-share' | 'rsa-encr' | 'rsa-sig' ;
isakmp_group_cmd      : 'group' isakmp_group_number ;
isakmp_group_number   : '1' | '2' | '5' | '14' | '15' | '16' | '19' | '20' | '21' | '24' ;
isakmp_lifetime_cmd   : 'lifetime' isakmp_lifetime ;
isakmp_lifetime       : NUMBER ;
isakmp_exit_cmd       : 'exit' ;

// ---- (conf-keyring)#
config_keyring_line : keyring_sub_cmd EOF ;
keyring_sub_cmd
    : 'no' no_keyring_sub_cmd
    | 'default' no_keyring_sub_cmd
    | keyring_psk_cmd
    | keyring_description_cmd
    | keyring_local_address_cmd
    | keyring_exit_cmd
    ;
no_keyring_sub_cmd
    : keyring_psk_selector ( 'key' keyring_key )?
    | 'description'
    | 'local-address'
    ;
keyring_psk_cmd      : keyring_psk_selector 'key' keyring_key ;
keyring_psk_selector : 'pre-shared-key' ( 'address' keyring_address keyring_mask? | 'hostname' keyring_hostname ) ;
keyring_address      : IPV4 ;
keyring_mask         : IPV4 ;
keyring_hostname     : WORD ;
keyring_key          : WORD | NUMBER ;
keyring_description_cmd   : 'description' keyring_description ;
keyring_description       : LINE ;
keyring_local_address_cmd : 'local-address' ( keyring_local_ip | interface_name ) ;
keyring_local_ip          : IPV4 ;
keyring_exit_cmd          : 'exit' ;

// ---- (conf-isa-prof)#
config_isa_prof_line : isa_prof_sub_cmd EOF ;
isa_prof_sub_cmd
    : 'no' no_isa_prof_sub_cmd
    | 'default' no_isa_prof_sub_cmd
    | isa_prof_keyring_cmd
    | isa_prof_match_cmd
    | isa_prof_self_identity_cmd
    | isa_prof_local_address_cmd
    | isa_prof_keepalive_cmd
    | isa_prof_initiate_cmd
    | isa_prof_vt_cmd
    | isa_prof_ca_cmd
    | isa_prof_description_cmd
    | isa_prof_exit_cmd
    ;
no_isa_prof_sub_cmd
    : isa_prof_keyring_cmd
    | isa_prof_match_cmd
    | 'self-identity'
    | 'local-address'
    | 'keepalive'
    | isa_prof_initiate_cmd
    | 'virtual-template'
    | isa_prof_ca_cmd
    | 'description'
    ;
isa_prof_keyring_cmd : 'keyring' isa_prof_keyring ;
isa_prof_keyring     : WORD ;
isa_prof_match_cmd
    : 'match' 'identity'
      ( 'address' isa_prof_match_address isa_prof_match_mask?
      | 'host' ( 'domain' isa_prof_match_domain | isa_prof_match_host )
      | 'group' isa_prof_match_group
      )
    ;
isa_prof_match_address : IPV4 ;
isa_prof_match_mask    : IPV4 ;
isa_prof_match_domain  : WORD ;
isa_prof_match_host    : WORD ;
isa_prof_match_group   : WORD ;
isa_prof_self_identity_cmd : 'self-identity' ( 'address' | 'fqdn' | 'user-fqdn' isa_prof_user_fqdn ) ;
isa_prof_user_fqdn         : WORD ;
isa_prof_local_address_cmd : 'local-address' ( isa_prof_local_ip | interface_name ) ;
isa_prof_local_ip          : IPV4 ;
isa_prof_keepalive_cmd     : 'keepalive' isa_prof_keepalive_seconds 'retry' isa_prof_keepalive_retry ;
isa_prof_keepalive_seconds : NUMBER ;
isa_prof_keepalive_retry   : NUMBER ;
isa_prof_initiate_cmd      : 'initiate' 'mode' 'aggressive' ;
isa_prof_vt_cmd            : 'virtual-template' isa_prof_vt_number ;
isa_prof_vt_number         : NUMBER ;
isa_prof_ca_cmd            : 'ca' 'trust-point' isa_prof_trustpoint ;
isa_prof_trustpoint        : WORD ;
isa_prof_description_cmd   : 'description' isa_prof_description ;
isa_prof_description       : LINE ;
isa_prof_exit_cmd          : 'exit' ;

// ---- (config-isakmp-peer)#
config_isakmp_peer_line : isakmp_peer_sub_cmd EOF ;
isakmp_peer_sub_cmd
    : 'no' no_isakmp_peer_sub_cmd
    | 'default' no_isakmp_peer_sub_cmd
    | isakmp_peer_set_cmd
    | isakmp_peer_exit_cmd
    ;
no_isakmp_peer_sub_cmd : 'set' 'aggressive-mode' ( 'password' isakmp_peer_password? | 'client-endpoint' ) ;
isakmp_peer_set_cmd
    : 'set' 'aggressive-mode'
      ( 'password' isakmp_peer_password
      | 'client-endpoint' ( 'fqdn' isakmp_peer_endpoint | 'ipv4-address' isakmp_peer_endpoint_ip | 'user-fqdn' isakmp_peer_endpoint )
      )
    ;
isakmp_peer_password    : WORD | NUMBER ;
isakmp_peer_endpoint    : WORD ;
isakmp_peer_endpoint_ip : IPV4 ;
isakmp_peer_exit_cmd    : 'exit' ;
