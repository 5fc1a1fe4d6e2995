/*
 * EXEC crypto commands that read or change the running crypto engine (ios-crypto-reference
 * §4.1-4.5, §4.10, §4.19, §5.1): show of SAs, sessions and maps, clear, debug. Reached from
 * exec_cmd through crypto_exec_cmd; the handlers live in org.ikelab.cli.crypto.
 */
parser grammar Ios_crypto_exec;

crypto_exec_cmd
    : show_crypto_state_cmd
    | clear_crypto_cmd
    | debug_crypto_cmd
    | undebug_cmd
    ;

show_crypto_state_cmd
    : 'show'
      ( 'crypto'
      ( 'isakmp' ( show_isakmp_sa | 'peers' )
      | 'ipsec' show_ipsec_sa
      | 'session' ( 'detail' | 'brief' )?
      | 'map'
      | 'engine' 'connections' 'active'
      | 'debug'
      )
      | 'debugging'
      )
      output_modifier?
    ;

// Their own rules so that "sa" and "detail" get the help texts IOS gives them under isakmp and ipsec.
show_isakmp_sa : 'sa' 'detail'? ;
show_ipsec_sa  : 'sa' ( 'detail' | 'peer' crypto_exec_address | 'interface' interface_name | 'address' | 'identity' )? ;

clear_crypto_cmd
    : 'clear' 'crypto'
      ( 'sa' ( 'peer' crypto_exec_address | 'map' crypto_map_name | 'counters' )?
      | 'isakmp' crypto_exec_conn_id?
      | 'session' ( 'remote' crypto_exec_address )?
      )
    ;

debug_crypto_cmd : 'debug' 'crypto' ( 'isakmp' | 'ipsec' ) ;
undebug_cmd      : ( 'undebug' | 'no' 'debug' ) ( 'all' | 'crypto' ( 'isakmp' | 'ipsec' ) ) ;

crypto_exec_address : IPV4 ;
crypto_exec_conn_id : NUMBER ;
