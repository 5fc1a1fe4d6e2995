/* Static routes. */
parser grammar Ios_routing;

ip_route_cmd : 'ip' 'route' route_prefix route_mask route_target route_distance? ( 'name' route_name )? 'permanent'? ;
no_ip_route_cmd : 'ip' 'route' route_prefix route_mask ( route_target route_distance? )? ;
route_target
    : route_next_hop
    | interface_name route_next_hop?
    ;
route_prefix   : IPV4 ;
route_mask     : IPV4 ;
route_next_hop : IPV4 ;
route_distance : NUMBER ;
route_name     : WORD ;

/* Routing processes: only what lab configurations write (network statements). */
router_cmd    : 'router' ( 'ospf' ospf_process | 'eigrp' eigrp_as ) ;
no_router_cmd : 'router' ( 'ospf' ospf_process | 'eigrp' eigrp_as ) ;
ospf_process  : NUMBER ;
eigrp_as      : NUMBER ;

config_router_line : router_sub_cmd EOF ;
router_sub_cmd
    : 'no' router_network_cmd
    | 'default' router_network_cmd
    | router_network_cmd
    | router_exit_cmd
    ;
router_exit_cmd    : 'exit' ;
router_network_cmd : 'network' network_address ( network_wildcard ( 'area' ospf_area )? )? ;
network_address    : IPV4 ;
network_wildcard   : IPV4 ;
ospf_area          : NUMBER | IPV4 ;
