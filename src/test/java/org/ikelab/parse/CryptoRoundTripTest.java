package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ikelab.common.RandomSource;
import org.ikelab.config.RouterConfig;
import org.ikelab.parse.gen.IosParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips through the grammar: captured IOS running-config text loads into the model and
 * renders back byte for byte; a configuration typed command by command renders to text that
 * loads back into an equal model.
 */
class CryptoRoundTripTest {
    static CommandRegistry registry() {
        CommandRegistry r = new CommandRegistry();
        ConfigCommands.register(r);
        CryptoCommands.register(r);
        // The loader starts with "configure terminal", an EXEC command registered by the console.
        r.on(IosParser.RULE_configure_cmd, IosParser.Configure_cmdContext.class, (c, env) -> env.enter(Modes.CONFIG, null));
        return r;
    }

    static RouterConfig load(String text) {
        RouterConfig cfg = new RouterConfig();
        List<ConfigLoader.Problem> problems = ConfigLoader.load(text, cfg, registry(), CryptoCli.CLOCK, RandomSource.seeded(1));
        assertEquals(List.of(), problems.stream().map(Object::toString).toList());
        return cfg;
    }

    static String region(RouterConfig cfg) {
        List<String> out = new ArrayList<>();
        cfg.crypto().renderRedundancyToInterfaces(out);
        return String.join("\n", out) + "\n";
    }

    static Stream<Path> fixtures() throws IOException {
        return Files.list(Path.of("src/test/resources/config/crypto")).filter(p -> p.toString().endsWith(".region.txt")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void capturedRunningConfigLoadsAndRendersBackExactly(Path fixture) throws IOException {
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        assertEquals(text, region(load(text)));
    }

    @Test
    void everyCommandTypedRendersToTextThatLoadsBackEqual() {
        CryptoCli cli = new CryptoCli("R1");
        cli.type(String.join("\n", EVERYTHING));
        RouterConfig typed = cli.config;
        List<String> pki = new ArrayList<>();
        typed.crypto().renderPki(pki);
        String text = String.join("\n", pki) + "\n" + region(typed);
        RouterConfig loaded = load(text);
        List<String> pkiBack = new ArrayList<>();
        loaded.crypto().renderPki(pkiBack);
        assertEquals(text, String.join("\n", pkiBack) + "\n" + region(loaded));
        assertEquals(typed.crypto(), loaded.crypto());
    }

    @Test
    void invalidSpiRecoverySitsBeforeTheKeepaliveLineAndNoRemovesIt() {
        CryptoCli cli = new CryptoCli("R1");
        cli.type("crypto isakmp keepalive 10\ncrypto isakmp invalid-spi\n");
        assertEquals(List.of("crypto isakmp invalid-spi-recovery", "crypto isakmp keepalive 10"),
                cli.config.crypto().isakmpGlobals().render());
        cli.type("no crypto isakmp invalid-spi-recovery\n");
        assertEquals(List.of("crypto isakmp keepalive 10"), cli.config.crypto().isakmpGlobals().render());
    }

    /** One of nearly every crypto command, abbreviated where learners abbreviate. */
    static final List<String> EVERYTHING = List.of(
            "crypto keyring KR vrf BLUE",
            "pre-shared-key address 10.0.0.0 255.0.0.0 key netkey",
            "pre-shared-key hostname r9.lab key hostkey",
            "local-address 10.1.1.1",
            "exit",
            "crypto isakmp policy 20",
            "encr 3des", "hash md5", "authentication pre-share", "group 14", "lifetime 3600",
            "crypto isakmp policy 10",
            "encryption aes 192", "hash sha256", "group 19",
            "exit",
            "crypto isakmp key 6 CIPHER address 192.0.2.1",
            "crypto isakmp key wild address 0.0.0.0 0.0.0.0",
            "crypto isakmp key byname hostname peer.lab",
            "crypto isakmp keepalive 30 5 periodic",
            "crypto isakmp invalid-spi-recovery",
            "crypto isakmp nat keepalive 20",
            "crypto isakmp identity hostname",
            "crypto isakmp aggressive-mode disable",
            "crypto isakmp peer address 10.9.9.9",
            "set aggressive-mode password AMKEY",
            "set aggressive-mode client-endpoint fqdn spoke.lab",
            "crypto isakmp profile PROF",
            "keyring KR", "match identity address 10.0.0.0 255.0.0.0", "match identity host r9.lab",
            "self-identity fqdn", "keepalive 10 retry 3", "initiate mode aggressive", "virtual-template 2",
            "exit",
            "crypto ipsec security-association lifetime seconds 1800",
            "crypto ipsec security-association lifetime kilobytes 9000",
            "crypto ipsec security-association idle-time 600",
            "crypto ipsec security-association replay window-size 128",
            "crypto ipsec df-bit clear",
            "crypto ipsec transform-set TS1 esp-aes 256 esp-sha256-hmac",
            "mode transport",
            "crypto ipsec transform-set TS2 ah-sha-hmac esp-3des esp-md5-hmac",
            "crypto ipsec transform-set TS3 esp-gcm 256",
            "mode transport require",
            "exit",
            "crypto ipsec profile VTI",
            "set transform-set TS1 TS3", "set pfs group14", "set security-association lifetime seconds 900",
            "set isakmp-profile PROF", "responder-only",
            "exit",
            "crypto dynamic-map DYN 10",
            "set transform-set TS1", "match address 150", "reverse-route",
            "exit",
            "crypto map CM local-address GigabitEthernet0/1",
            "crypto map CM 10 ipsec-isakmp",
            "description to branch", "set peer 192.0.2.1", "set peer 192.0.2.9", "set peer vpn.lab dynamic", "set transform-set TS1 TS2",
            "set pfs", "set security-association lifetime kilobytes 4000", "set security-association idle-time 300",
            "match address VPN_ACL", "reverse-route static",
            "exit",
            "crypto map CM 20 ipsec-manual",
            "set peer 192.0.2.5", "set transform-set TS2",
            "set session-key inbound esp 300 cipher 0123456789abcdef authenticator 00112233445566778899aabbccddeeff00112233",
            "set session-key outbound ah 301 00112233445566778899aabbccddeeff00112233",
            "match address 101",
            "exit",
            "crypto map CM 65535 ipsec-isakmp dynamic DYN",
            "crypto ikev2 proposal P1",
            "encryption aes-gcm-256", "prf sha384", "group 20 19",
            "crypto ikev2 policy POL",
            "proposal P1", "match address local 10.1.1.1",
            "crypto ikev2 keyring K2",
            "peer SPOKE", "description spoke one", "address 10.2.0.0 255.255.0.0", "identity fqdn spoke.lab",
            "pre-shared-key local L1", "pre-shared-key remote R1",
            "exit",
            "peer OTHER", "hostname other.lab", "pre-shared-key BOTH",
            "exit", "exit",
            "crypto ikev2 profile IKP",
            "match identity remote address 10.2.0.0 255.255.0.0", "match identity remote fqdn domain lab",
            "identity local fqdn hub.lab", "authentication local pre-share",
            "authentication remote pre-share", "authentication remote rsa-sig", "keyring local K2",
            "pki trustpoint TP sign", "lifetime 3600", "dpd 10 3 on-demand", "virtual-template 1",
            "exit",
            "no crypto ikev2 proposal default",
            "no crypto ipsec transform-set default",
            "crypto pki server CA",
            "database level names", "no database archive", "issuer-name CN=CA, O=Lab", "grant auto",
            "lifetime certificate 365",
            "crypto pki trustpoint TP",
            "enrollment url http://10.1.1.1:80", "serial-number none", "fqdn hub.lab", "subject-name CN=hub, O=Lab",
            "subject-alt-name hub.lab", "revocation-check none", "rsakeypair HUB 2048", "auto-enroll",
            "exit");
}
