/*
 * PKI: crypto key generate/zeroize rsa, crypto pki trustpoint / server and their sub-modes
 * (ca-trustpoint) and (cs-server).
 */
parser grammar Ios_crypto_pki;

crypto_key_cmd         : 'key' ( crypto_key_generate_cmd | crypto_key_zeroize_cmd ) ;
crypto_key_generate_cmd : 'generate' 'rsa' rsa_option* ;
rsa_option             : 'general-keys' | 'usage-keys' | 'label' rsa_label | 'modulus' rsa_modulus | 'exportable' ;
rsa_label              : WORD ;
rsa_modulus            : NUMBER ;
crypto_key_zeroize_cmd : 'zeroize' 'rsa' rsa_label? ;

crypto_pki_cmd    : 'pki' ( 'trustpoint' pki_trustpoint_name | 'server' pki_server_name ) ;
no_crypto_pki_cmd : 'pki' ( 'trustpoint' pki_trustpoint_name | 'server' pki_server_name ) ;
pki_trustpoint_name : WORD ;
pki_server_name     : WORD ;

// ---- (ca-trustpoint)#
config_ca_trustpoint_line : tp_sub_cmd EOF ;
tp_sub_cmd
    : 'no' no_tp_sub_cmd
    | 'default' no_tp_sub_cmd
    | tp_enrollment_cmd
    | tp_serial_cmd
    | tp_fqdn_cmd
    | tp_ip_address_cmd
    | tp_subject_name_cmd
    | tp_subject_alt_name_cmd
    | tp_revocation_cmd
    | tp_rsakeypair_cmd
    | tp_auto_enroll_cmd
    | tp_exit_cmd
    ;
no_tp_sub_cmd
    : 'enrollment'
    | 'serial-number'
    | 'fqdn'
    | 'ip-address'
    | 'subject-name'
    | 'subject-alt-name'
    | 'revocation-check'
    | 'rsakeypair'
    | 'auto-enroll'
    ;
tp_enrollment_cmd       : 'enrollment' ( 'url' tp_url | 'terminal' 'pem'? | 'selfsigned' ) ;
tp_url                  : WORD ;
tp_serial_cmd           : 'serial-number' 'none'? ;
tp_fqdn_cmd             : 'fqdn' tp_fqdn ;
tp_fqdn                 : WORD ;
tp_ip_address_cmd       : 'ip-address' ( tp_ip | 'none' | interface_name ) ;
tp_ip                   : IPV4 ;
tp_subject_name_cmd     : 'subject-name' tp_subject ;
tp_subject              : LINE ;
tp_subject_alt_name_cmd : 'subject-alt-name' tp_alt_name ;
tp_alt_name             : WORD ;
tp_revocation_cmd       : 'revocation-check' tp_revocation_method+ ;
tp_revocation_method    : 'crl' | 'none' | 'ocsp' ;
tp_rsakeypair_cmd       : 'rsakeypair' rsa_label tp_key_size? ;
tp_key_size             : NUMBER ;
tp_auto_enroll_cmd      : 'auto-enroll' ;
tp_exit_cmd             : 'exit' ;

// ---- (cs-server)#
config_cs_server_line : cs_sub_cmd EOF ;
cs_sub_cmd
    : 'no' no_cs_sub_cmd
    | 'default' no_cs_sub_cmd
    | cs_issuer_cmd
    | cs_grant_cmd
    | cs_lifetime_cmd
    | cs_database_cmd
    | cs_shutdown_cmd
    | cs_exit_cmd
    ;
no_cs_sub_cmd
    : 'issuer-name'
    | 'grant' ( 'auto' | 'none' )?
    | 'lifetime' ( 'certificate' | 'ca-certificate' | 'crl' )
    | 'database' ( 'level' | 'url' | 'archive' )
    | cs_shutdown_cmd
    ;
cs_issuer_cmd   : 'issuer-name' cs_issuer ;
cs_issuer       : LINE ;
cs_grant_cmd    : 'grant' ( 'auto' | 'none' ) ;
cs_lifetime_cmd : 'lifetime' ( 'certificate' | 'ca-certificate' | 'crl' ) cs_lifetime ;
cs_lifetime     : NUMBER ;
cs_database_cmd : 'database' ( 'level' ( 'minimum' | 'names' | 'complete' ) | 'url' cs_db_url | 'archive' ) ;
cs_db_url       : WORD ;
cs_shutdown_cmd : 'shutdown' ;
cs_exit_cmd     : 'exit' ;
