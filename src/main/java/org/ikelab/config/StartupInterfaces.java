package org.ikelab.config;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which interfaces a startup-config brings up. IOS nvgens {@code shutdown} for a shut interface and
 * nothing for an enabled one, and parses the startup-config at boot with interfaces enabled; so an
 * {@code interface} block of the startup-config without a {@code shutdown} line comes up, even
 * though an interface created on a router without configuration starts shut. Without this, a
 * config saved with {@code write memory} would boot with every interface administratively down.
 */
public final class StartupInterfaces {
    private StartupInterfaces() {}

    /** The interfaces that have a block in {@code text} with no {@code shutdown} line in it. */
    public static Set<IfName> enabledBy(String text) {
        Set<IfName> up = new LinkedHashSet<>();
        IfName current = null;
        boolean shut = false;
        for (String line : text.split("\n", -1)) {
            String l = line.stripTrailing();
            if (l.startsWith(" ")) {
                if (current != null && l.strip().equals("shutdown")) shut = true;
                continue;
            }
            if (current != null && !shut) up.add(current);
            current = null;
            shut = false;
            if (l.startsWith("interface ")) current = IfName.parse(l.substring(10).strip());
        }
        if (current != null && !shut) up.add(current);
        return up;
    }

    /** Enables, in {@code cfg}, the interfaces {@link #enabledBy} finds in the startup-config {@code text}. */
    public static void apply(String text, RouterConfig cfg) {
        for (IfName n : enabledBy(text)) {
            InterfaceConfig c = cfg.interfaces().get(n);
            if (c != null && c.shutdown()) cfg.interfaces().put(n, c.with(b -> b.shutdown = false));
        }
    }
}
