/* Runtime EXEC commands of a running router: show ip/interfaces/arp/access-lists, clear, ping, traceroute. */
parser grammar Ios_runtime;

show_ip_what
    : 'ip' ( 'interface' ( 'brief' | interface_name )?
           | 'route' ( show_route_address | 'static' | 'connected' )?
           | 'arp'
           | 'access-lists' show_acl_name? )
    ;
show_interfaces_what   : 'interfaces' interface_name? ;
show_arp_what          : 'arp' ;
show_logging_what      : 'logging' ;
show_hosts_what        : 'hosts' ;
show_access_lists_what : 'access-lists' show_acl_name? ;
show_route_address     : IPV4 ;
show_acl_name          : NUMBER | WORD ;

clear_cmd : 'clear' clear_what ;
clear_what
    : clear_counters_cmd
    | clear_arp_cmd
    | clear_acl_counters_cmd
    | clear_logging_cmd
    ;
clear_counters_cmd     : 'counters' interface_name? ;
clear_arp_cmd          : 'arp-cache' ;
clear_logging_cmd      : 'logging' ;
clear_acl_counters_cmd : 'ip'? 'access-list' 'counters' show_acl_name? ;

ping_cmd    : 'ping' ( ping_target ping_option* )? ;
ping_option
    : 'repeat' ping_repeat
    | 'size' ping_size
    | 'source' ( ping_source_address | interface_name )
    | 'timeout' ping_timeout
    | 'df-bit'
    ;
ping_target         : IPV4 | WORD ;
ping_repeat         : NUMBER ;
ping_size           : NUMBER ;
ping_timeout        : NUMBER ;
ping_source_address : IPV4 ;

traceroute_cmd    : 'traceroute' ( trace_target trace_option* )? ;
trace_option
    : 'source' ( trace_source_address | interface_name )
    | 'probe' trace_probe
    | 'timeout' trace_timeout
    | 'ttl' trace_min_ttl trace_max_ttl
    ;
trace_target         : IPV4 | WORD ;
trace_source_address : IPV4 ;
trace_probe          : NUMBER ;
trace_timeout        : NUMBER ;
trace_min_ttl        : NUMBER ;
trace_max_ttl        : NUMBER ;
