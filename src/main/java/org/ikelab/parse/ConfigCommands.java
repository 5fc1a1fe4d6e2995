package org.ikelab.parse;

/** Registers the handlers of every non-crypto configuration command. */
public final class ConfigCommands {
    private ConfigCommands() {}

    public static void register(CommandRegistry r) {
        GlobalCommands.register(r);
        InterfaceCommands.register(r);
        LineCommands.register(r);
        RouteCommands.register(r);
        AclCommands.register(r);
        CryptoCommands.register(r);
    }
}
