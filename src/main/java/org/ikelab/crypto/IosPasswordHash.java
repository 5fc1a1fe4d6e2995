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

    /** Whether the password matches a type 8 or type 9 hash (false for anything malformed). */
    public static boolean verify(String password, String hash) {
        String[] p = hash.split("\\$", -1);
        if (p.length != 4 || !p[0].isEmpty()) return false;
        String expect = switch (p[1]) {
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
