package org.ikelab.crypto.cipher;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.GeneralSecurityException;
import java.security.Provider;
import javax.crypto.Cipher;

/**
 * Which JCE provider runs AES-GCM and AES-GMAC for ESP ({@link JceGcm}): Amazon's Corretto
 * provider (AWS-LC underneath) where it loads, else the JDK's SunJCE.
 *
 * <p>Why not simply SunJCE: JDK 25's GCM throws its engine away after every {@code doFinal} and
 * builds a new one (GHASH tables, counters, key and IV copies) at the next {@code init}, so every
 * packet above {@link SmallGcm#MAX_PAYLOAD} bytes left about 1 KB of garbage, whatever we reuse.
 * Corretto keeps its native context per {@code Cipher} and only takes the new IV: 32 to 64
 * bytes of garbage per packet (the IV copy the JCE contract needs, and Corretto's own until the
 * JIT removes it) at the same speed at 1400 bytes ({@code ./ikelab bench gcm} shows both). It is
 * still the JCE API (decision 9); only the provider differs.
 *
 * <p>{@code -Dikelab.gcm=jdk} keeps SunJCE (for comparisons); the provider also falls back to it
 * on machines where Corretto's native library cannot load (it ships one for Linux x86-64).
 */
public final class GcmProvider {
    private static final Provider CHOSEN = choose();

    private GcmProvider() {
    }

    /** A fresh {@code AES/GCM/NoPadding} cipher from the chosen provider, or from the JDK's with {@code jdk}. */
    static Cipher newCipher(boolean jdk) throws GeneralSecurityException {
        return CHOSEN == null || jdk ? Cipher.getInstance("AES/GCM/NoPadding", "SunJCE") : Cipher.getInstance("AES/GCM/NoPadding", CHOSEN);
    }

    /**
     * Makes the choice now on a daemon thread: loading Corretto (its native library, its self
     * test) takes about 0.3 s once, which would otherwise stall the first router that installs a
     * GCM SA. Called at start-up; a router that needs GCM sooner just waits for it.
     */
    public static void prepareInBackground() {
        Thread t = new Thread(GcmProvider::name, "gcm-provider-load");
        t.setDaemon(true);
        t.start();
    }

    /** The provider's name, for benchmarks and tests ({@code SunJCE} when Corretto is not used). */
    public static String name() {
        return CHOSEN == null ? "SunJCE" : CHOSEN.getName();
    }

    /** True if Corretto runs GCM here. */
    public static boolean corretto() {
        return CHOSEN != null;
    }

    private static Provider choose() {
        if ("jdk".equals(System.getProperty("ikelab.gcm"))) return null;
        try {
            AmazonCorrettoCryptoProvider p = AmazonCorrettoCryptoProvider.INSTANCE;
            if (p.getLoadingError() != null) return null;
            // One round trip through its GCM, so a provider that loads but cannot serve is never chosen.
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding", p);
            c.init(Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(new byte[16], "AES"),
                    new javax.crypto.spec.GCMParameterSpec(128, new byte[12]));
            c.doFinal(new byte[16]);
            return p;
        } catch (GeneralSecurityException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
