package org.ikelab.lab;

import java.util.ArrayList;
import java.util.Optional;
import org.ikelab.common.RandomSource;
import org.ikelab.common.VirtualScheduler;
import org.ikelab.config.IfName;
import org.ikelab.config.RouterConfig;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.ConfigCommands;
import org.ikelab.parse.Interpreter;
import org.ikelab.parse.Modes;

/**
 * Interface names in topology files, read with the CLI's own abbreviation rules: {@code Gi0/0},
 * {@code g0/1}, {@code GigabitEthernet 0/2}, {@code lo0} all work exactly as after
 * {@code interface} in configuration mode.
 */
public final class InterfaceNames {
    private static final CommandRegistry REGISTRY = new CommandRegistry();

    static {
        ConfigCommands.register(REGISTRY);
    }

    private InterfaceNames() {}

    /** The canonical name ({@code GigabitEthernet0/1}), or empty when IOS would not take it. */
    public static synchronized Optional<String> canonical(String typed) {
        if (typed == null || typed.isBlank() || typed.contains(",") || typed.contains("-")) return Optional.empty();
        RouterConfig scratch = new RouterConfig();
        Interpreter in = new Interpreter(scratch, REGISTRY, new VirtualScheduler(), RandomSource.seeded(0), Modes.CONFIG);
        Interpreter.Status s = in.execute("interface " + typed.strip(), 0, new ArrayList<>());
        if (s != Interpreter.Status.OK || !(in.frame().target() instanceof IfName n)) return Optional.empty();
        if (n.type() == org.ikelab.config.IfType.GIGABIT_ETHERNET && !RouterConfig.PHYSICAL.contains(n)) return Optional.empty();
        return Optional.of(n.toString());
    }
}
