package org.ikelab.parse;

import org.ikelab.parse.gen.IosParser;

/** The EXEC, global configuration and non-crypto configuration sub-modes. */
public final class Modes {
    private Modes() {}

    public static final Mode EXEC_USER = new Mode("exec-user", ">", null, IosParser.RULE_exec_user_line,
            IosParser::exec_user_line, "Exec commands:");
    public static final Mode EXEC = new Mode("exec", "#", null, IosParser.RULE_exec_line,
            IosParser::exec_line, "Exec commands:");
    public static final Mode CONFIG = new Mode("config", "(config)#", EXEC, IosParser.RULE_config_line,
            IosParser::config_line, "Configure commands:");
    public static final Mode INTERFACE = new Mode("config-if", "(config-if)#", CONFIG, IosParser.RULE_config_if_line,
            IosParser::config_if_line, "Interface configuration commands:");
    /** {@code interface range ...}: the same commands, applied to every interface of the range. */
    public static final Mode INTERFACE_RANGE = new Mode("config-if-range", "(config-if-range)#", CONFIG,
            IosParser.RULE_config_if_line, IosParser::config_if_line, "Interface configuration commands:");
    /** {@code interface GigabitEthernet0/0.10}: the interface commands on a sub-interface. */
    public static final Mode SUBINTERFACE = new Mode("config-subif", "(config-subif)#", CONFIG,
            IosParser.RULE_config_if_line, IosParser::config_if_line, "Interface configuration commands:");
    public static final Mode LINE = new Mode("config-line", "(config-line)#", CONFIG, IosParser.RULE_config_line_line,
            IosParser::config_line_line, "Line configuration commands:");
    public static final Mode ROUTER = new Mode("config-router", "(config-router)#", CONFIG, IosParser.RULE_config_router_line,
            IosParser::config_router_line, "Router configuration commands:");
    public static final Mode EXT_NACL = new Mode("config-ext-nacl", "(config-ext-nacl)#", CONFIG,
            IosParser.RULE_config_ext_nacl_line, IosParser::config_ext_nacl_line, "Ext Access List configuration commands:");
    public static final Mode STD_NACL = new Mode("config-std-nacl", "(config-std-nacl)#", CONFIG,
            IosParser.RULE_config_std_nacl_line, IosParser::config_std_nacl_line, "Standard Access List configuration commands:");
}
