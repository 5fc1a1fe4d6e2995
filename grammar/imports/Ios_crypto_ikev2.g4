/*
 * IKEv2 (FlexVPN): crypto ikev2 proposal / policy / keyring / profile and their sub-modes,
 * including the keyring's nested (config-ikev2-keyring-peer).
 */
parser grammar Ios_crypto_ikev2;

crypto_ikev2_cmd
    : 'ikev2'
      ( 'proposal' ikev2_proposal_name
      | 'policy' ikev2_policy_name
      | 'keyring' ikev2_keyring_name
      | 'profile' ikev2_profile_name
      )
    ;
no_crypto_ikev2_cmd
    : 'ikev2'
      ( 'proposal' ikev2_proposal_name
      | 'policy' ikev2_policy_name
      | 'keyring' ikev2_keyring_name
      | 'profile' ikev2_profile_name
      )
    ;
ikev2_proposal_name : WORD ;
ikev2_policy_name   : WORD ;
ikev2_keyring_name  : WORD ;
ikev2_profile_name  : WORD ;

// ---- (config-ikev2-proposal)#
config_ikev2_proposal_line : ikev2_proposal_sub_cmd EOF ;
ikev2_proposal_sub_cmd
    : 'no' no_ikev2_proposal_sub_cmd
    | 'default' no_ikev2_proposal_sub_cmd
    | ikev2_encryption_cmd
    | ikev2_integrity_cmd
    | ikev2_group_cmd
    | ikev2_prf_cmd
    | ikev2_proposal_exit_cmd
    ;
no_ikev2_proposal_sub_cmd
    : 'encryption' ikev2_cipher*
    | 'integrity' ikev2_hash*
    | 'group' ikev2_group*
    | 'prf' ikev2_hash*
    ;
ikev2_encryption_cmd : 'encryption' ikev2_cipher+ ;
ikev2_cipher         : '3des' | 'aes-cbc-128' | 'aes-cbc-192' | 'aes-cbc-256' | 'aes-gcm-128' | 'aes-gcm-256' | 'des' ;
ikev2_integrity_cmd  : 'integrity' ikev2_hash+ ;
ikev2_prf_cmd        : 'prf' ikev2_hash+ ;
ikev2_hash           : 'md5' | 'sha1' | 'sha256' | 'sha384' | 'sha512' ;
ikev2_group_cmd      : 'group' ikev2_group+ ;
ikev2_group          : '1' | '2' | '5' | '14' | '15' | '16' | '19' | '20' | '21' | '24' ;
ikev2_proposal_exit_cmd : 'exit' ;

// ---- (config-ikev2-policy)#
config_ikev2_policy_line : ikev2_policy_sub_cmd EOF ;
ikev2_policy_sub_cmd
    : 'no' no_ikev2_policy_sub_cmd
    | 'default' no_ikev2_policy_sub_cmd
    | ikev2_policy_proposal_cmd
    | ikev2_policy_match_cmd
    | ikev2_policy_exit_cmd
    ;
no_ikev2_policy_sub_cmd
    : 'proposal' ikev2_proposal_name?
    | ikev2_policy_match_cmd
    ;
ikev2_policy_proposal_cmd : 'proposal' ikev2_proposal_name ;
ikev2_policy_match_cmd    : 'match' ( 'fvrf' ( 'any' | ikev2_fvrf_name ) | 'address' 'local' ikev2_local_address ) ;
ikev2_fvrf_name           : WORD ;
ikev2_local_address       : IPV4 ;
ikev2_policy_exit_cmd     : 'exit' ;

// ---- (config-ikev2-keyring)#
config_ikev2_keyring_line : ikev2_keyring_sub_cmd EOF ;
ikev2_keyring_sub_cmd
    : 'no' ikev2_keyring_peer_cmd
    | ikev2_keyring_peer_cmd
    | ikev2_keyring_exit_cmd
    ;
ikev2_keyring_peer_cmd : 'peer' ikev2_peer_name ;
ikev2_peer_name        : WORD ;
ikev2_keyring_exit_cmd : 'exit' ;

// ---- (config-ikev2-keyring-peer)#
config_ikev2_keyring_peer_line : ikev2_peer_sub_cmd EOF ;
ikev2_peer_sub_cmd
    : 'no' no_ikev2_peer_sub_cmd
    | 'default' no_ikev2_peer_sub_cmd
    | ikev2_peer_address_cmd
    | ikev2_peer_hostname_cmd
    | ikev2_peer_identity_cmd
    | ikev2_peer_psk_cmd
    | ikev2_peer_description_cmd
    | ikev2_peer_exit_cmd
    ;
no_ikev2_peer_sub_cmd
    : 'address'
    | 'hostname'
    | 'identity'
    | 'pre-shared-key' ( 'local' | 'remote' )?
    | 'description'
    ;
ikev2_peer_address_cmd  : 'address' ikev2_peer_address ikev2_peer_mask? ;
ikev2_peer_address      : IPV4 ;
ikev2_peer_mask         : IPV4 ;
ikev2_peer_hostname_cmd : 'hostname' ikev2_peer_hostname ;
ikev2_peer_hostname     : WORD ;
ikev2_peer_identity_cmd
    : 'identity' ( 'address' ikev2_peer_id_address | 'fqdn' ikev2_peer_id | 'email' ikev2_peer_id | 'key-id' ikev2_peer_id ) ;
ikev2_peer_id_address   : IPV4 ;
ikev2_peer_id           : WORD ;
ikev2_peer_psk_cmd      : 'pre-shared-key' ( 'local' | 'remote' )? ikev2_psk_type? ikev2_psk ;
ikev2_psk_type          : '0' | '6' ;
ikev2_psk               : WORD | NUMBER ;
ikev2_peer_description_cmd : 'description' ikev2_peer_description ;
ikev2_peer_description  : LINE ;
ikev2_peer_exit_cmd     : 'exit' ;

// ---- (config-ikev2-profile)#
config_ikev2_profile_line : ikev2_profile_sub_cmd EOF ;
ikev2_profile_sub_cmd
    : 'no' no_ikev2_profile_sub_cmd
    | 'default' no_ikev2_profile_sub_cmd
    | ikev2_profile_match_cmd
    | ikev2_profile_identity_cmd
    | ikev2_profile_auth_cmd
    | ikev2_profile_keyring_cmd
    | ikev2_profile_pki_cmd
    | ikev2_profile_lifetime_cmd
    | ikev2_profile_dpd_cmd
    | ikev2_profile_vt_cmd
    | ikev2_profile_aaa_cmd
    | ikev2_profile_description_cmd
    | ikev2_profile_exit_cmd
    ;
no_ikev2_profile_sub_cmd
    : ikev2_profile_match_cmd
    | 'identity' 'local'
    | 'authentication' ( 'local' | 'remote' ) ikev2_auth_method?
    | 'keyring' 'local'?
    | 'pki' 'trustpoint' ikev2_trustpoint?
    | 'lifetime'
    | 'dpd'
    | 'virtual-template'
    | 'aaa'
    | 'description'
    ;
ikev2_profile_match_cmd
    : 'match'
      ( 'identity' 'remote'
        ( 'address' ikev2_match_address ikev2_match_mask?
        | 'fqdn' 'domain'? ikev2_match_name
        | 'email' 'domain'? ikev2_match_name
        | 'key-id' ikev2_match_name
        )
      | 'address' 'local' ikev2_local_address
      | 'fvrf' ( 'any' | ikev2_fvrf_name )
      | 'certificate' ikev2_cert_map
      )
    ;
ikev2_match_address : IPV4 ;
ikev2_match_mask    : IPV4 ;
ikev2_match_name    : WORD ;
ikev2_cert_map      : WORD ;
ikev2_profile_identity_cmd
    : 'identity' 'local' ( 'address' ikev2_id_address | 'dn' | 'email' ikev2_id_name | 'fqdn' ikev2_id_name | 'key-id' ikev2_id_name ) ;
ikev2_id_address    : IPV4 ;
ikev2_id_name       : WORD ;
ikev2_profile_auth_cmd : 'authentication' ( 'local' | 'remote' ) ikev2_auth_method ;
ikev2_auth_method   : 'pre-share' ( 'key' ikev2_auth_key )? | 'rsa-sig' | 'ecdsa-sig' | 'eap' ;
ikev2_auth_key      : WORD | NUMBER ;
ikev2_profile_keyring_cmd : 'keyring' 'local' ikev2_keyring_name ;
ikev2_profile_pki_cmd : 'pki' 'trustpoint' ikev2_trustpoint ( 'sign' | 'verify' )? ;
ikev2_trustpoint    : WORD ;
ikev2_profile_lifetime_cmd : 'lifetime' ikev2_lifetime ;
ikev2_lifetime      : NUMBER ;
ikev2_profile_dpd_cmd : 'dpd' ikev2_dpd_interval ikev2_dpd_retry ( 'on-demand' | 'periodic' ) ;
ikev2_dpd_interval  : NUMBER ;
ikev2_dpd_retry     : NUMBER ;
ikev2_profile_vt_cmd : 'virtual-template' ikev2_vt_number ;
ikev2_vt_number     : NUMBER ;
ikev2_profile_aaa_cmd : 'aaa' 'authorization' 'group' 'psk' 'list' ikev2_aaa_list 'default' ;
ikev2_aaa_list      : WORD ;
ikev2_profile_description_cmd : 'description' ikev2_profile_description ;
ikev2_profile_description : LINE ;
ikev2_profile_exit_cmd : 'exit' ;
