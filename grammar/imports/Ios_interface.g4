/* Interfaces: `interface NAME` (global) and the (config-if) sub-mode. */
parser grammar Ios_interface;

interface_cmd    : 'interface' ( interface_name ( 'type' 'tunnel' | '.' subif_number )? | 'range' if_range_item ( ',' if_range_item )* ) ;
// `interface range g0/0 - 3 , tun0 - 1`; the engine also cuts `g0/0-3,tun0-1` and `g0/0.10` at
// '-', ',' and '.' when the word as a whole fits nothing (LineMatcher.tryGlued).
if_range_item    : interface_name ( '-' if_range_end )? ;
if_range_end     : NUMBER ;
no_interface_cmd : 'interface' interface_name ( '.' subif_number )? ;
subif_number     : NUMBER ;

// The engine also accepts a type joined to its number ("g0/1", "Tunnel0", "lo0"): a word that
// fits nothing is split before its first digit when this rule's keywords are expected.
interface_name
    : 'GigabitEthernet' gi_slot
    | 'Loopback' loopback_number
    | 'Tunnel' tunnel_number
    | 'Virtual-Template' vt_number
    ;
gi_slot         : SLOT ;
loopback_number : NUMBER ;
tunnel_number   : NUMBER ;
vt_number       : NUMBER ;

config_if_line : if_cmd EOF ;
if_cmd
    : 'no' no_if_cmd
    | 'default' no_if_cmd
    | if_positive_cmd
    ;

if_positive_cmd
    : if_crypto_map_cmd
    | description_cmd
    | duplex_cmd
    | if_exit_cmd
    | ip_if_cmd
    | media_type_cmd
    | shutdown_cmd
    | speed_cmd
    | tunnel_cmd
    | encapsulation_cmd
    ;

no_if_cmd
    : no_if_crypto_map_cmd
    | no_description_cmd
    | duplex_cmd
    | no_ip_if_cmd
    | shutdown_cmd
    | speed_cmd
    | no_tunnel_cmd
    | no_encapsulation_cmd
    ;

// Sub-interfaces only: `encapsulation dot1Q 10` (rendered; the runtime does not tag frames).
encapsulation_cmd    : 'encapsulation' 'dot1Q' vlan_id ;
no_encapsulation_cmd : 'encapsulation' ( 'dot1Q' vlan_id? )? ;
vlan_id              : NUMBER ;

if_exit_cmd        : 'exit' ;
description_cmd    : 'description' description_text ;
no_description_cmd : 'description' description_text? ;
description_text   : LINE ;
shutdown_cmd       : 'shutdown' ;
duplex_cmd         : 'duplex' ( 'auto' | 'full' | 'half' ) ;
speed_cmd          : 'speed' ( 'auto' | '10' | '100' | '1000' ) ;
media_type_cmd     : 'media-type' 'rj45' ;

if_crypto_map_cmd    : 'crypto' 'map' if_crypto_map_name ;
no_if_crypto_map_cmd : 'crypto' 'map' if_crypto_map_name? ;
if_crypto_map_name   : WORD ;

ip_if_cmd
    : 'ip' ( 'address' if_ip_address if_ip_mask
           | 'unnumbered' interface_name
           | 'access-group' if_acl ( 'in' | 'out' )
           | 'mtu' if_ip_mtu
           | 'redirects'
           | 'unreachables'
           | 'proxy-arp'
           | 'tcp' 'adjust-mss' if_mss )
    ;
no_ip_if_cmd
    : 'ip' ( 'address' ( if_ip_address if_ip_mask )?
           | 'unnumbered' interface_name?
           | 'access-group' if_acl? ( 'in' | 'out' )
           | 'mtu' if_ip_mtu?
           | 'redirects'
           | 'unreachables'
           | 'proxy-arp'
           | 'tcp' 'adjust-mss' if_mss? )
    ;
if_ip_address : IPV4 ;
if_ip_mask    : IPV4 ;
if_acl        : if_acl_number | if_acl_name ;
if_acl_number : NUMBER ;
if_acl_name   : WORD ;
if_ip_mtu     : NUMBER ;
if_mss        : NUMBER ;

tunnel_cmd
    : 'tunnel' ( 'source' ( tunnel_src_address | interface_name )
               | 'destination' tunnel_dst_address
               | 'mode' tunnel_mode
               | 'key' tunnel_key
               | 'protection' 'ipsec' 'profile' tunnel_profile_name )
    ;
no_tunnel_cmd
    : 'tunnel' ( 'source' ( tunnel_src_address | interface_name )?
               | 'destination' tunnel_dst_address?
               | 'mode' tunnel_mode?
               | 'key' tunnel_key?
               | 'protection' 'ipsec' 'profile' tunnel_profile_name? )
    ;
tunnel_mode         : 'gre' ( 'ip' | 'multipoint' ) | 'ipsec' 'ipv4' ;
tunnel_src_address  : IPV4 ;
tunnel_dst_address  : IPV4 ;
tunnel_key          : NUMBER ;
tunnel_profile_name : WORD ;
