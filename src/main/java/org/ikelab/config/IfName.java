package org.ikelab.config;

/**
 * An interface name: its type and its number as IOS writes it ("0/1", "0"). Ordered as the
 * running-config lists interfaces: by type, then numerically part by part.
 */
public record IfName(IfType type, String number) implements Comparable<IfName> {
    public static IfName gi(String slot) {
        return new IfName(IfType.GIGABIT_ETHERNET, slot);
    }

    /** Parses a full name such as "GigabitEthernet0/1" or "Tunnel0"; null if it is not one. */
    public static IfName parse(String full) {
        int cut = 0;
        while (cut < full.length() && !Character.isDigit(full.charAt(cut))) cut++;
        IfType t = IfType.of(full.substring(0, cut));
        if (t == null || cut == full.length()) return null;
        return new IfName(t, full.substring(cut));
    }

    @Override
    public String toString() {
        return type.ios() + number;
    }

    @Override
    public int compareTo(IfName o) {
        int c = type.compareTo(o.type);
        if (c != 0) return c;
        String[] a = number.split("[/.]");
        String[] b = o.number.split("[/.]");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            c = Long.compare(num(a[i]), num(b[i]));
            if (c != 0) return c;
        }
        return Integer.compare(a.length, b.length);
    }

    private static long num(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
