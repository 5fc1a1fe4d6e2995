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

    /** A sub-interface ({@code GigabitEthernet0/0.10}): its number carries a dot. */
    public boolean isSubInterface() {
        return number.indexOf('.') >= 0;
    }

    /** The main interface of a sub-interface (itself otherwise). */
    public IfName main() {
        int dot = number.indexOf('.');
        return dot < 0 ? this : new IfName(type, number.substring(0, dot));
    }

    @Override
    public String toString() {
        return type.ios() + number;
    }

    @Override
    public int compareTo(IfName o) {
        int c = type.compareTo(o.type);
        if (c != 0) return c;
        // Numerically, part by part ("0/10" after "0/2"); no regex: the running-config map calls this often.
        int i = 0;
        int j = 0;
        String a = number;
        String b = o.number;
        while (i < a.length() && j < b.length()) {
            long x = 0;
            long y = 0;
            int di = 0;
            int dj = 0;
            while (i < a.length() && Character.isDigit(a.charAt(i)) && di < 18) { x = x * 10 + (a.charAt(i++) - '0'); di++; }
            while (j < b.length() && Character.isDigit(b.charAt(j)) && dj < 18) { y = y * 10 + (b.charAt(j++) - '0'); dj++; }
            if (x != y) return Long.compare(x, y);
            if (i < a.length() && j < b.length() && a.charAt(i) != b.charAt(j)) return Character.compare(a.charAt(i), b.charAt(j));
            if (di == 0 && dj == 0) {
                i++;
                j++;
            } else {
                if (i < a.length() && !Character.isDigit(a.charAt(i))) i++;
                if (j < b.length() && !Character.isDigit(b.charAt(j))) j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
