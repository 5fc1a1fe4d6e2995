/* IPv4 access lists: numbered `access-list N ...` and named `ip access-list standard|extended`. */
parser grammar Ios_acl;

// A standard and an extended number are both NUMBER: the engine checks the ranges, the handler
// decides standard or extended by the value (the parser may take either alternative).
access_list_cmd
    : 'access-list' ( acl_std_number ( std_ace | acl_remark ) | acl_ext_number ( ext_ace | acl_remark ) )
    ;
no_access_list_cmd : 'access-list' ( acl_std_number | acl_ext_number ) ;
acl_std_number : NUMBER | acl_std_number_x ;
acl_std_number_x : NUMBER ;
acl_ext_number : NUMBER | acl_ext_number_x ;
acl_ext_number_x : NUMBER ;
acl_remark     : 'remark' acl_remark_text ;
acl_remark_text : LINE ;

ip_acl_cmd    : 'ip' 'access-list' ( 'standard' acl_std_name | 'extended' acl_ext_name ) ;
no_ip_acl_cmd : 'ip' 'access-list' ( 'standard' acl_std_name | 'extended' acl_ext_name ) ;
acl_std_name  : NUMBER | WORD ;
acl_ext_name  : NUMBER | WORD ;

config_std_nacl_line : std_nacl_cmd EOF ;
std_nacl_cmd
    : acl_seq? std_ace
    | acl_seq? acl_remark
    | ( 'no' | 'default' ) ( acl_seq | std_ace | acl_remark )
    | std_nacl_exit_cmd
    ;
config_ext_nacl_line : ext_nacl_cmd EOF ;
ext_nacl_cmd
    : acl_seq? ext_ace
    | acl_seq? acl_remark
    | ( 'no' | 'default' ) ( acl_seq | ext_ace | acl_remark )
    | ext_nacl_exit_cmd
    ;
std_nacl_exit_cmd : 'exit' ;
ext_nacl_exit_cmd : 'exit' ;
acl_seq : NUMBER ;

acl_action : 'permit' | 'deny' ;

std_ace  : acl_action std_addr 'log'? ;
std_addr : std_host_address std_wildcard? | 'host' acl_host | 'any' ;
std_host_address : IPV4 ;
std_wildcard : IPV4 ;

ext_ace
    : acl_action ext_ip_proto acl_src acl_dst ext_tail
    | acl_action 'tcp' acl_src tcp_port_match? acl_dst tcp_port_match? 'established'? ext_tail
    | acl_action 'udp' acl_src udp_port_match? acl_dst udp_port_match? ext_tail
    | acl_action 'icmp' acl_src acl_dst icmp_type? ext_tail
    ;
ext_tail : 'log'? ;
ext_ip_proto : 'ip' | 'gre' | 'esp' | 'ahp' | acl_proto_number ;
acl_proto_number : NUMBER ;

acl_src : acl_address acl_wildcard | 'host' acl_host | 'any' ;
acl_dst : acl_address acl_wildcard | 'host' acl_host | 'any' ;
acl_address  : IPV4 ;
acl_wildcard : IPV4 ;
acl_host     : IPV4 ;

tcp_port_match : ( 'eq' | 'gt' | 'lt' | 'neq' ) tcp_port | 'range' tcp_port tcp_port ;
udp_port_match : ( 'eq' | 'gt' | 'lt' | 'neq' ) udp_port | 'range' udp_port udp_port ;
tcp_port : port_number
    | 'bgp' | 'domain' | 'ftp' | 'ftp-data' | 'pop3' | 'smtp' | 'telnet' | 'www' ;
udp_port : port_number
    | 'bootpc' | 'bootps' | 'domain' | 'isakmp' | 'non500-isakmp' | 'ntp' | 'snmp' | 'syslog' | 'tftp' ;
port_number : NUMBER ;
icmp_type : 'echo' | 'echo-reply' | 'time-exceeded' | 'unreachable' | icmp_type_number ;
icmp_type_number : NUMBER ;
