/* Terminal lines: `line con 0`, `line aux 0`, `line vty 0 4` and the (config-line) sub-mode. */
parser grammar Ios_line;

line_cmd : 'line' ( 'console' line_con_number | 'aux' line_aux_number | 'vty' line_vty_first line_vty_last? ) ;
line_con_number : NUMBER ;
line_aux_number : NUMBER ;
line_vty_first  : NUMBER ;
line_vty_last   : NUMBER ;

config_line_line : line_sub_cmd EOF ;
line_sub_cmd
    : 'no' no_line_sub_cmd
    | 'default' no_line_sub_cmd
    | line_positive_cmd
    ;
line_positive_cmd
    : line_exec_timeout_cmd
    | line_exit_cmd
    | line_logging_cmd
    | line_login_cmd
    | line_password_cmd
    | line_transport_cmd
    ;
no_line_sub_cmd
    : 'exec-timeout'
    | line_logging_cmd
    | line_login_cmd
    | 'password'
    | line_transport_cmd
    ;

line_exit_cmd         : 'exit' ;
line_exec_timeout_cmd : 'exec-timeout' exec_timeout_minutes exec_timeout_seconds? ;
exec_timeout_minutes  : NUMBER ;
exec_timeout_seconds  : NUMBER ;
line_logging_cmd      : 'logging' 'synchronous' ;
line_login_cmd        : 'login' 'local'? ;
line_password_cmd     : 'password' password_type_kw? password_value ;
line_transport_cmd    : 'transport' 'input' ( 'all' | 'none' | 'ssh' | 'telnet' )+ ;
