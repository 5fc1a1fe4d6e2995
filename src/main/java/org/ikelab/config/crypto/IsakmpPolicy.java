package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/** One {@code crypto isakmp policy N} protection suite; fields hold IOS 15 defaults until set. */
public record IsakmpPolicy(int priority, IsakmpEncryption encryption, IsakmpHash hash, IsakmpAuth authentication,
        DhGroup group, int lifetimeSeconds) {
    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 10000;
    public static final int MIN_LIFETIME = 60;
    public static final int MAX_LIFETIME = 86400;
    public static final int DEFAULT_LIFETIME = 86400;

    /** A new policy as IOS creates it: DES, SHA, RSA signatures, group 1, one day. */
    public static IsakmpPolicy withDefaults(int priority) {
        return new IsakmpPolicy(priority, IsakmpEncryption.DES, IsakmpHash.SHA, IsakmpAuth.RSA_SIG, DhGroup.GROUP1,
                DEFAULT_LIFETIME);
    }

    /**
     * The eight suites IOS 12.4(20)T+ uses when no policy is configured (priorities 65507-65514),
     * shown by {@code show crypto isakmp policy} as "Default protection suite of priority N".
     */
    public static final List<IsakmpPolicy> IOS_DEFAULT_POLICIES = List.of(
            new IsakmpPolicy(65507, IsakmpEncryption.AES_128, IsakmpHash.SHA, IsakmpAuth.RSA_SIG, DhGroup.GROUP5, 86400),
            new IsakmpPolicy(65508, IsakmpEncryption.AES_128, IsakmpHash.SHA, IsakmpAuth.PRE_SHARE, DhGroup.GROUP5, 86400),
            new IsakmpPolicy(65509, IsakmpEncryption.AES_128, IsakmpHash.MD5, IsakmpAuth.RSA_SIG, DhGroup.GROUP5, 86400),
            new IsakmpPolicy(65510, IsakmpEncryption.AES_128, IsakmpHash.MD5, IsakmpAuth.PRE_SHARE, DhGroup.GROUP5, 86400),
            new IsakmpPolicy(65511, IsakmpEncryption.TRIPLE_DES, IsakmpHash.SHA, IsakmpAuth.RSA_SIG, DhGroup.GROUP2, 86400),
            new IsakmpPolicy(65512, IsakmpEncryption.TRIPLE_DES, IsakmpHash.SHA, IsakmpAuth.PRE_SHARE, DhGroup.GROUP2, 86400),
            new IsakmpPolicy(65513, IsakmpEncryption.TRIPLE_DES, IsakmpHash.MD5, IsakmpAuth.RSA_SIG, DhGroup.GROUP2, 86400),
            new IsakmpPolicy(65514, IsakmpEncryption.TRIPLE_DES, IsakmpHash.MD5, IsakmpAuth.PRE_SHARE, DhGroup.GROUP2, 86400));

    public IsakmpPolicy withEncryption(IsakmpEncryption v) {
        return new IsakmpPolicy(priority, v, hash, authentication, group, lifetimeSeconds);
    }

    public IsakmpPolicy withHash(IsakmpHash v) {
        return new IsakmpPolicy(priority, encryption, v, authentication, group, lifetimeSeconds);
    }

    public IsakmpPolicy withAuthentication(IsakmpAuth v) {
        return new IsakmpPolicy(priority, encryption, hash, v, group, lifetimeSeconds);
    }

    public IsakmpPolicy withGroup(DhGroup v) {
        return new IsakmpPolicy(priority, encryption, hash, authentication, v, lifetimeSeconds);
    }

    public IsakmpPolicy withLifetime(int seconds) {
        return new IsakmpPolicy(priority, encryption, hash, authentication, group, seconds);
    }

    /** Running-config lines: header, then only the non-default attributes in IOS order. */
    public List<String> render() {
        IsakmpPolicy d = withDefaults(priority);
        List<String> out = new ArrayList<>();
        out.add("crypto isakmp policy " + priority);
        if (encryption != d.encryption) out.add(" encr " + encryption.nvgen());
        if (hash != d.hash) out.add(" hash " + hash.keyword());
        if (authentication != d.authentication) out.add(" authentication " + authentication.keyword());
        if (group != d.group) out.add(" group " + group.number());
        if (lifetimeSeconds != d.lifetimeSeconds) out.add(" lifetime " + lifetimeSeconds);
        return out;
    }
}
