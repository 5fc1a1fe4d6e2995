package org.ikelab.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;
import org.ikelab.common.RandomSource;

/**
 * IOS secret hashes: type 8 ({@code $8$salt$hash}, PBKDF2-HMAC-SHA256, 20000 iterations) and
 * type 9 ({@code $9$salt$hash}, scrypt N=16384 r=1 p=1). The salt is used as its ASCII text;
 * the 32-byte hash is written in standard base64 translated to Cisco's alphabet
 * ({@code ./0-9A-Za-z}) without padding.
 */
public final class IosPasswordHash {
    private IosPasswordHash() {}

    private static final String STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String CISCO = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /** A new type 9 hash of the password with a random 14-character salt. */
    public static String type9(String password, RandomSource rnd) {
        return type9(password, salt(14, rnd));
    }

    public static String type9(String password, String salt) {
        byte[] h = SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.US_ASCII), 16384, 1, 1, 32);
        return "$9$" + salt + "$" + cisco64(h);
    }

    /** A new type 8 hash of the password with a random 10-character salt. */
    public static String type8(String password, RandomSource rnd) {
        return type8(password, salt(10, rnd));
    }

    public static String type8(String password, String salt) {
        try {
            SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] h = f.generateSecret(new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.US_ASCII), 20000, 256)).getEncoded();
            return "$8$" + salt + "$" + cisco64(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }

    /** Type 5: the FreeBSD MD5-crypt IOS uses ({@code $1$salt$hash}, 4-character salt on IOS). */
    public static String type5(String password, String salt) {
        try {
            byte[] pw = password.getBytes(StandardCharsets.UTF_8);
            byte[] sl = salt.getBytes(StandardCharsets.US_ASCII);
            MessageDigest alt = MessageDigest.getInstance("MD5");
            alt.update(pw);
            alt.update(sl);
            alt.update(pw);
            byte[] a = alt.digest();
            MessageDigest ctx = MessageDigest.getInstance("MD5");
            ctx.update(pw);
            ctx.update("$1$".getBytes(StandardCharsets.US_ASCII));
            ctx.update(sl);
            for (int left = pw.length; left > 0; left -= 16) ctx.update(a, 0, Math.min(left, 16));
            for (int i = pw.length; i != 0; i >>>= 1) {
                if ((i & 1) != 0) ctx.update((byte) 0);
                else ctx.update(pw.length > 0 ? pw[0] : 0);
            }
            byte[] f = ctx.digest();
            for (int i = 0; i < 1000; i++) {
                MessageDigest r = MessageDigest.getInstance("MD5");
                if ((i & 1) != 0) r.update(pw); else r.update(f);
                if (i % 3 != 0) r.update(sl);
                if (i % 7 != 0) r.update(pw);
                if ((i & 1) != 0) r.update(f); else r.update(pw);
                f = r.digest();
            }
            StringBuilder sb = new StringBuilder("$1$").append(salt).append('$');
            int[][] groups = {{0, 6, 12}, {1, 7, 13}, {2, 8, 14}, {3, 9, 15}, {4, 10, 5}};
            for (int[] g : groups) to64(sb, ((f[g[0]] & 255) << 16) | ((f[g[1]] & 255) << 8) | (f[g[2]] & 255), 4);
            to64(sb, f[11] & 255, 2);
            return sb.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    private static void to64(StringBuilder sb, int v, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(CISCO.charAt(v & 0x3f));
            v >>>= 6;
        }
    }

    /** Whether the password matches a type 5, 8 or 9 hash (false for anything malformed). */
    public static boolean verify(String password, String hash) {
        String[] p = hash.split("\\$", -1);
        if (p.length != 4 || !p[0].isEmpty()) return false;
        String expect = switch (p[1]) {
            case "1" -> type5(password, p[2]);
            case "8" -> type8(password, p[2]);
            case "9" -> type9(password, p[2]);
            default -> null;
        };
        return expect != null && MessageDigest.isEqual(expect.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }

    /** True when the text has the shape of a type 8 or 9 hash. */
    public static boolean wellFormed(int type, String hash) {
        String[] p = hash.split("\\$", -1);
        return p.length == 4 && p[0].isEmpty() && p[1].equals(Integer.toString(type)) && !p[2].isEmpty() && p[3].length() == 43;
    }

    private static String salt(int n, RandomSource rnd) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(CISCO.charAt(rnd.nextInt(CISCO.length())));
        return sb.toString();
    }

    private static String cisco64(byte[] h) {
        String s = Base64.getEncoder().withoutPadding().encodeToString(h);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) sb.append(CISCO.charAt(STD.indexOf(s.charAt(i))));
        return sb.toString();
    }
}
