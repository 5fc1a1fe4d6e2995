package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ikelab.config.RouterConfig;

/**
 * Random crypto configurations typed as command blocks: the rendered running-config loads back
 * to an equal crypto model and renders to the same text (ARCHITECTURE decision 6).
 */
class CryptoRoundTripProperties {
    @Property(tries = 150, seed = "7")
    void renderedCryptoConfigLoadsBackEqual(@ForAll("blocks") List<List<String>> blocks) {
        CryptoCli cli = new CryptoCli("R1");
        for (List<String> b : blocks) cli.type(String.join("\n", b) + "\nexit\nexit");
        RouterConfig typed = cli.config;
        String text = render(typed);
        RouterConfig loaded = CryptoRoundTripTest.load(text);
        assertEquals(text, render(loaded));
        assertEquals(typed.crypto(), loaded.crypto());
    }

    private static String render(RouterConfig c) {
        List<String> out = new ArrayList<>();
        c.crypto().renderPki(out);
        c.crypto().renderRedundancyToInterfaces(out);
        return String.join("\n", out) + "\n";
    }

    @Provide
    Arbitrary<List<List<String>>> blocks() {
        return Arbitraries.oneOf(policy(), key(), transformSet(), profile(), map(), ikev2Proposal(), ikev2Keyring(),
                ikev2Profile(), Arbitraries.of(List.of("no crypto ipsec transform-set default"),
                        List.of("no crypto ikev2 policy default"), List.of("crypto isakmp keepalive 20 4"),
                        List.of("crypto ipsec security-association lifetime seconds 7200")))
                .list().ofMaxSize(12);
    }

    private static Arbitrary<String> name() {
        return Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(6);
    }

    private static Arbitrary<String> ip() {
        return Arbitraries.integers().between(1, 223).list().ofSize(4)
                .map(l -> l.get(0) + "." + l.get(1) + "." + l.get(2) + "." + l.get(3));
    }

    private static Arbitrary<List<String>> policy() {
        return Combinators.combine(Arbitraries.integers().between(1, 10000),
                Arbitraries.of("des", "3des", "aes", "aes 192", "aes 256"), Arbitraries.of("md5", "sha", "sha256", "sha512"),
                Arbitraries.of("pre-share", "rsa-sig", "rsa-encr"), Arbitraries.of("1", "2", "5", "14", "19", "24"),
                Arbitraries.integers().between(60, 86400))
                .as((p, e, h, a, g, l) -> List.of("crypto isakmp policy " + p, "encr " + e, "hash " + h,
                        "authentication " + a, "group " + g, "lifetime " + l));
    }

    private static Arbitrary<List<String>> key() {
        return Combinators.combine(name(), ip(), Arbitraries.of("", " 255.255.255.0", " 0.0.0.0"))
                .as((k, a, m) -> List.of("crypto isakmp key " + k + " address " + a + m));
    }

    private static Arbitrary<List<String>> transformSet() {
        return Combinators.combine(name(), Arbitraries.of("esp-aes", "esp-aes 256", "esp-3des", "esp-gcm 256", "esp-null"),
                Arbitraries.of("esp-sha-hmac", "esp-sha256-hmac", "esp-md5-hmac"), Arbitraries.of("tunnel", "transport"))
                .as((n, c, i, m) -> List.of("crypto ipsec transform-set " + n + " " + c + (c.startsWith("esp-gcm") ? "" : " " + i),
                        "mode " + m));
    }

    private static Arbitrary<List<String>> profile() {
        return Combinators.combine(name(), name(), Arbitraries.of("", "group2", "group14"))
                .as((n, t, g) -> List.of("crypto ipsec profile " + n, "set transform-set " + t, "set pfs " + g));
    }

    private static Arbitrary<List<String>> map() {
        return Combinators.combine(name(), Arbitraries.integers().between(1, 65535), ip(), name(),
                Arbitraries.of("101", "2001", "VPN"), Arbitraries.integers().between(120, 86400))
                .as((n, s, p, t, a, l) -> List.of("crypto map " + n + " " + s + " ipsec-isakmp", "set peer " + p,
                        "set transform-set " + t, "match address " + a, "set security-association lifetime seconds " + l));
    }

    private static Arbitrary<List<String>> ikev2Proposal() {
        return Combinators.combine(name(), Arbitraries.of("aes-cbc-256", "aes-cbc-128 3des"), Arbitraries.of("sha256", "sha1 md5"),
                Arbitraries.of("14", "19 20", "5"))
                .as((n, e, i, g) -> List.of("crypto ikev2 proposal " + n, "encryption " + e, "integrity " + i, "group " + g));
    }

    private static Arbitrary<List<String>> ikev2Keyring() {
        return Combinators.combine(name(), name(), ip(), name())
                .as((k, p, a, s) -> List.of("crypto ikev2 keyring " + k, "peer " + p, "address " + a,
                        "pre-shared-key local " + s, "pre-shared-key remote " + s));
    }

    private static Arbitrary<List<String>> ikev2Profile() {
        return Combinators.combine(name(), ip(), Arbitraries.of("pre-share", "rsa-sig"), name())
                .as((n, a, m, k) -> List.of("crypto ikev2 profile " + n, "match identity remote address " + a,
                        "authentication remote " + m, "authentication local pre-share", "keyring local " + k));
    }
}
