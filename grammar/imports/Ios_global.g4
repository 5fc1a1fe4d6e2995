/* Global configuration mode, Router(config)#: the commands that are not in a feature file. */
parser grammar Ios_global;

config_line : config_cmd EOF ;
config_cmd
    : 'no' no_config_cmd
    | 'default' no_config_cmd
    | global_cmd
    ;

global_cmd
    : access_list_cmd
    | banner_cmd
    | boilerplate_cmd
    | crypto_config_cmd
    | do_cmd
    | enable_pw_cmd
    | end_cmd
    | exit_config_cmd
    | hostname_cmd
    | interface_cmd
    | ip_acl_cmd
    | ip_domain_cmd
    | ip_host_cmd
    | ip_route_cmd
    | line_cmd
    | logging_cmd
    | router_cmd
    | service_cmd
    | username_cmd
    ;

no_config_cmd
    : no_access_list_cmd
    | no_banner_cmd
    | boilerplate_cmd
    | crypto_no_config_cmd
    | no_enable_pw_cmd
    | no_hostname_cmd
    | no_interface_cmd
    | no_ip_acl_cmd
    | ip_domain_cmd
    | no_ip_host_cmd
    | no_ip_route_cmd
    | no_logging_cmd
    | no_router_cmd
    | service_cmd
    | no_username_cmd
    ;

do_cmd          : 'do' do_line ;
do_line         : LINE ;
end_cmd         : 'end' ;
exit_config_cmd : 'exit' ;

hostname_cmd    : 'hostname' hostname_arg ;
no_hostname_cmd : 'hostname' hostname_arg? ;
hostname_arg    : WORD ;

banner_cmd      : 'banner' 'motd' banner_text ;
no_banner_cmd   : 'banner' 'motd' ;
banner_text     : LINE ;

enable_pw_cmd
    : 'enable' ( 'secret' ( secret_type_kw? secret_value ) | 'password' ( password_type_kw? password_value ) ) ;
no_enable_pw_cmd : 'enable' ( 'secret' | 'password' ) ;
secret_type_kw  : '0' | '5' | '8' | '9' ;
secret_value    : WORD ;
password_type_kw : '0' | '7' ;
password_value  : LINE ;

service_cmd     : 'service' 'password-encryption' ;

username_cmd
    : 'username' username_arg ( 'privilege' privilege_level )?
      ( 'password' password_type_kw? password_value | 'secret' secret_type_kw? secret_value )
    ;
no_username_cmd : 'username' username_arg ;
username_arg    : WORD ;
privilege_level : NUMBER ;

ip_domain_cmd
    : 'ip' ( 'domain-lookup' | 'domain-name' domain_name_arg | 'domain' ( 'lookup' | 'name' domain_name_arg ) ) ;
domain_name_arg : WORD ;

// The static host table; IOS keeps up to eight addresses per name.
ip_host_cmd     : 'ip' 'host' ip_host_name ip_host_address+ ;
no_ip_host_cmd  : 'ip' 'host' ip_host_name ip_host_address* ;
ip_host_name    : WORD ;
ip_host_address : IPV4 ;

// Lines IOS writes into every running-config. They are accepted (so a saved configuration loads
// back through the same engine) and change nothing: the renderer writes them itself.
boilerplate_cmd
    : 'version' version_number
    | 'service' 'timestamps' ( 'debug' | 'log' ) 'datetime' 'msec'
    | 'boot-start-marker'
    | 'boot-end-marker'
    | 'aaa' 'new-model'
    | 'mmi' ( 'polling-interval' mmi_number | 'auto-configure' | 'pvc' | 'snmp-timeout' mmi_number )
    | 'ip' ( 'cef' | 'forward-protocol' 'nd' | 'http' ( 'server' | 'secure-server' ) )
    | 'ipv6' 'cef'
    | 'multilink' 'bundle-name' 'authenticated'
    | 'redundancy'
    | 'control-plane'
    | 'scheduler' 'allocate'
    ;
version_number : WORD ;
mmi_number     : NUMBER ;

logging_cmd
    : 'logging' ( 'host'? logging_host
                | 'buffered' ( logging_buffer_size logging_level? | logging_level )?
                | 'trap' logging_level? )
    ;
no_logging_cmd
    : 'logging' ( 'host'? logging_host
                | 'buffered' ( logging_buffer_size logging_level? | logging_level )?
                | 'trap' logging_level? )
    ;
logging_host         : IPV4 ;
// After "buffered" a number is a size (4096 up) or a level (0-7): the handler reads the value.
logging_buffer_size  : NUMBER ;
logging_level
    : 'emergencies' | 'alerts' | 'critical' | 'errors' | 'warnings' | 'notifications' | 'informational' | 'debugging'
    | logging_level_number
    ;
logging_level_number : NUMBER ;
