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
