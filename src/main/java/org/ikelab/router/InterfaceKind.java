package org.ikelab.router;

/** The interface types this router has; the order is the display order of {@code show} commands. */
public enum InterfaceKind {
    ETHERNET("GigabitEthernet", "Gi", "iGbE"),
    LOOPBACK("Loopback", "Lo", "Loopback"),
    TUNNEL("Tunnel", "Tu", "Tunnel");

    private final String prefix;
    private final String shortPrefix;
    private final String hardware;

    InterfaceKind(String prefix, String shortPrefix, String hardware) {
        this.prefix = prefix;
        this.shortPrefix = shortPrefix;
        this.hardware = hardware;
    }

    public String prefix() { return prefix; }
    public String shortPrefix() { return shortPrefix; }
    /** The {@code Hardware is ...} word of {@code show interfaces}. */
    public String hardware() { return hardware; }

    /** The kind named by a full interface name such as {@code GigabitEthernet0/1}, or null. */
    public static InterfaceKind ofName(String name) {
        for (InterfaceKind k : values()) {
            if (name.startsWith(k.prefix) && name.length() > k.prefix.length()) return k;
        }
        return null;
    }
}
