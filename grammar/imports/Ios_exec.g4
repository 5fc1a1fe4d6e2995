/* EXEC commands: user EXEC (Router>) and privileged EXEC (Router#). */
parser grammar Ios_exec;

exec_user_line : exec_user_cmd EOF ;
exec_user_cmd
    : enable_cmd
    | disable_cmd
    | exit_exec_cmd
    | logout_cmd
    | show_user_cmd
    | terminal_cmd
    | ping_cmd
    | traceroute_cmd
    ;

exec_line : exec_cmd EOF ;
exec_cmd
    : configure_cmd
    | copy_cmd
    | disable_cmd
    | enable_cmd
    | erase_cmd
    | exit_exec_cmd
    | logout_cmd
    | reload_cmd
    | show_cmd
    | terminal_cmd
    | write_cmd
    | clear_cmd
    | ping_cmd
    | traceroute_cmd
    | crypto_exec_cmd
    ;

enable_cmd    : 'enable' ;
disable_cmd   : 'disable' ;
exit_exec_cmd : 'exit' ;
logout_cmd    : 'logout' ;
configure_cmd : 'configure' ( 'terminal' | 'memory' )? ;
copy_cmd      : 'copy' ( 'running-config' 'startup-config' | 'startup-config' 'running-config' ) ;
erase_cmd     : 'erase' 'startup-config' ;
reload_cmd    : 'reload' ;
write_cmd     : 'write' ( 'memory' | 'erase' | 'terminal' )? ;

terminal_cmd  : 'terminal' ( 'length' term_length | 'width' term_width | 'monitor' | 'no' 'monitor' ) ;
term_length   : NUMBER ;
term_width    : NUMBER ;

show_cmd      : 'show' show_what output_modifier? ;
show_user_cmd : 'show' show_user_what output_modifier? ;
show_what
    : 'running-config' ( 'interface' interface_name )?
    | 'startup-config'
    | 'version'
    | show_session_what
    | show_crypto_what
    | show_ip_what
    | show_interfaces_what
    | show_arp_what
    | show_access_lists_what
    | show_logging_what
    | show_hosts_what
    ;
show_user_what
    : 'version'
    | show_session_what
    | show_ip_what
    | show_interfaces_what
    | show_arp_what
    | show_access_lists_what
    | show_hosts_what
    ;

// About this console session and the router's clock; the same in user and privileged EXEC.
show_session_what : 'history' | 'clock' | 'users' | 'terminal' | 'privilege' ;

output_modifier : '|' ( 'include' | 'exclude' | 'begin' | 'section' ) pipe_regex ;
pipe_regex      : LINE ;
