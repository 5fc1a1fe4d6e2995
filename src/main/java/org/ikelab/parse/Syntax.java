package org.ikelab.parse;

/** Small syntax checks for argument words. */
public final class Syntax {
    private Syntax() {}

    /** A dotted quad with each part 0-255. */
    public static boolean isIpv4(String s) {
        int parts = 0;
        int i = 0;
        int n = s.length();
        if (n < 7 || n > 15) return false;
        while (i <= n && parts < 4) {
            int start = i;
            int v = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 3) {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || v > 255) return false;
            parts++;
            if (parts < 4) {
                if (i >= n || s.charAt(i) != '.') return false;
                i++;
            } else {
                return i == n;
            }
        }
        return false;
    }
}
