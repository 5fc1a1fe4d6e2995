package org.ikelab.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ikelab.common.Clock;
import org.ikelab.wire.pcap.PcapWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phase 1 against strongSwan: IOS {@code crypto isakmp policy} (encryption, hash, group) versus
 * charon's IKEv1 {@code proposals}, main mode with a pre-shared key. Not the cross product but a
 * covering set: every encryption (des, 3des, aes 128/192/256), every hash (md5, sha, sha256,
 * sha384, sha512) and every IOS group (1, 2, 5, 14, 15, 16, 19, 20, 21, 24) appears at least once,
 * with our router initiating half of the cases and charon the other half, and a ping through the
 * tunnel each time. One charon for the class; each case loads its own connection. When tshark is
 * installed it must decrypt main mode 5/6 and quick mode of each capture from our key log.
 */
@Tag("interop")
@Timeout(60)
class StrongSwanPhase1MatrixTest {
    private static final long PID = ProcessHandle.current().pid();
    private static final String NS = "ikl-p1-" + PID;
    private static final String DEV = "ikp1";
    private static final String NET = "10.203." + (PID % 200 + 20) + ".";
    private static final String OURS = NET + "1";
    private static final String THEIRS = NET + "2";
    private static StrongSwanPeer swan;
    private InteropRouter r1;

    @BeforeAll
    static void namespaceAndCharon() throws Exception {
        StrongSwanPeer.assumeAvailable();
        swan = StrongSwanPeer.withTun(NS, "ikelab-p1", DEV, THEIRS);
        swan.start(StrongSwanPeer.conf(THEIRS, OURS));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (swan != null) swan.close();
    }

    @AfterEach
    void stop() {
        if (swan != null) swan.terminateQuietly("p1");
        if (r1 != null) r1.close();
    }

    /**
     * Columns: who initiates, our policy (encryption, hash, group), charon's proposal, what charon
     * then shows. Group 1 (modp768) is still accepted by charon 5.9.8 (the openssl and gmp plugins
     * provide it), so it is tested rather than skipped.
     */
    @ParameterizedTest(name = "{0} initiates: encryption {1}, hash {2}, group {3} = {4}")
    @CsvSource({
            "router,  des,     md5,    1,  des-md5-modp768,        DES_CBC/HMAC_MD5_96/PRF_HMAC_MD5/MODP_768",
            "charon,  3des,    sha,    2,  3des-sha1-modp1024,     3DES_CBC/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024",
            "router,  aes,     sha256, 5,  aes128-sha256-modp1536, AES_CBC-128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_1536",
            "charon,  aes 192, sha384, 14, aes192-sha384-modp2048, AES_CBC-192/HMAC_SHA2_384_192/PRF_HMAC_SHA2_384/MODP_2048",
            "router,  aes 256, sha512, 15, aes256-sha512-modp3072, AES_CBC-256/HMAC_SHA2_512_256/PRF_HMAC_SHA2_512/MODP_3072",
            "charon,  aes 128, md5,    16, aes128-md5-modp4096,    AES_CBC-128/HMAC_MD5_96/PRF_HMAC_MD5/MODP_4096",
            "router,  3des,    sha256, 19, 3des-sha256-ecp256,     3DES_CBC/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256",
            "charon,  aes 256, sha384, 20, aes256-sha384-ecp384,   AES_CBC-256/HMAC_SHA2_384_192/PRF_HMAC_SHA2_384/ECP_384",
            "router,  aes 192, sha512, 21, aes192-sha512-ecp521,   AES_CBC-192/HMAC_SHA2_512_256/PRF_HMAC_SHA2_512/ECP_521",
            "charon,  des,     sha,    24, des-sha1-modp2048s256,  DES_CBC/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_2048_256",
    })
    void mainModePsk(String initiator, String encryption, String hash, String group, String swanProposal, String swanShows) throws Exception {
        swan.reload(StrongSwanPeer.conf(THEIRS, OURS, StrongSwanPeer.connection("p1", THEIRS, OURS, swanProposal, "",
                StrongSwanPeer.child("net", "aes128-sha1", "none", ""))));
        Path pcap = swan.dir().resolve("p1-" + group + ".pcap");
        PcapWriter capture = new PcapWriter(Files.newOutputStream(pcap), Clock.SYSTEM);
        r1 = InteropRouter.start(NS, DEV, OURS, THEIRS, InteropRouter.config(THEIRS, OURS,
                " encryption %s\n hash %s\n group %s\n".formatted(encryption, hash, group), "esp-aes esp-sha-hmac", "", ""),
                capture);
        if (initiator.equals("charon")) swan.swanctl("--initiate", "--child", "net", "--timeout", "20");
        else assertTrue(r1.bringUp(), r1.showIsakmpSa() + swan.log());
        assertEquals("!!!!!", r1.ping(5, 2), swan.log());
        assertTrue(swan.ping(3, "0.2"), swan.log());
        String isakmp = r1.showIsakmpSa();
        assertTrue(isakmp.contains(THEIRS) && isakmp.contains("QM_IDLE"), isakmp);
        String detail = r1.showIsakmpSaDetail();
        Matcher m = Pattern.compile("ACTIVE (\\S+) +(\\S+) +psk +(\\d+) ").matcher(detail);
        assertTrue(m.find(), detail);
        assertEquals(encryption.split(" ")[0] + " " + hash + " " + group, m.group(1) + " " + m.group(2) + " " + m.group(3), detail);
        String sas = swan.swanctl("--list-sas");
        // charon's view of what was negotiated: the policy we configured, nothing else.
        assertTrue(sas.contains("ESTABLISHED") && sas.contains("  " + swanShows + "\n") && sas.contains("INSTALLED"), sas);
        r1.onLoop(() -> {
            capture.close();
            return null;
        });
        if (Tshark.available()) {
            Path keys = Tshark.keys(swan.dir().resolve("ws-" + group), r1.espSa(), r1.ikeKeys());
            // tshark decrypts main mode 5/6 and quick mode with our ikev1_decryption_table line:
            // the identities and the proxy identities show in clear.
            String decrypted = String.join("\n", Tshark.rows(pcap, keys, "isakmp", "isakmp.exchangetype", "isakmp.id.data.ipv4_addr",
                    "isakmp.id.data.ipv4_subnet"));
            assertTrue(decrypted.contains("2|" + OURS + "|") && decrypted.contains("2|" + THEIRS + "|"), decrypted);
            assertTrue(decrypted.contains("32|192.168.1.0,192.168.2.0|") || decrypted.contains("32|192.168.2.0,192.168.1.0|"),
                    decrypted);
        }
    }

    /**
     * Several ISAKMP policies (IOS offers them all, in priority order, as transforms of one
     * proposal) against one charon proposal that matches only the last; then charon offering two
     * proposals of which only the second is ours.
     */
    @Test
    void severalPoliciesAndSeveralProposals() throws Exception {
        String policies = """
                 encryption aes 256
                 hash sha512
                 group 21
                 authentication pre-share
                crypto isakmp policy 20
                 encryption 3des
                 hash md5
                 group 2
                 authentication pre-share
                crypto isakmp policy 30
                 encryption aes
                 hash sha256
                 group 14
                """;
        swan.reload(StrongSwanPeer.conf(THEIRS, OURS, StrongSwanPeer.connection("p1", THEIRS, OURS, "aes128-sha256-modp2048", "",
                StrongSwanPeer.child("net", "aes128-sha1", "none", ""))));
        r1 = InteropRouter.start(NS, DEV, OURS, THEIRS, InteropRouter.config(THEIRS, OURS, policies, "esp-aes esp-sha-hmac", "", ""),
                null);
        assertTrue(r1.bringUp(), r1.showIsakmpSa() + swan.log());
        assertTrue(swan.swanctl("--list-sas").contains("  AES_CBC-128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048\n"));
        swan.swanctl("--terminate", "--ike", "p1");
        r1.close();
        swan.reload(StrongSwanPeer.conf(THEIRS, OURS, StrongSwanPeer.connection("p1", THEIRS, OURS,
                "aes256-sha384-ecp384,3des-md5-modp1024", "", StrongSwanPeer.child("net", "aes128-sha1", "none", ""))));
        r1 = InteropRouter.start(NS, DEV, OURS, THEIRS, InteropRouter.config(THEIRS, OURS, policies, "esp-aes esp-sha-hmac", "", ""),
                null);
        swan.swanctl("--initiate", "--child", "net", "--timeout", "20");
        assertEquals("!!!!!", r1.ping(5, 2), swan.log());
        String sas = swan.swanctl("--list-sas");
        assertTrue(sas.contains("  3DES_CBC/HMAC_MD5_96/PRF_HMAC_MD5/MODP_1024\n"), sas);
    }

    /** Aggressive mode with SHA-2 and an elliptic-curve group, each side initiating. */
    @ParameterizedTest(name = "{0} initiates")
    @CsvSource({"router", "charon"})
    void aggressiveModeSha2Ecp(String initiator) throws Exception {
        int mark = swan.log().length();
        swan.reload(StrongSwanPeer.conf(THEIRS, OURS, StrongSwanPeer.connection("p1", THEIRS, OURS, "aes256-sha512-ecp384",
                "aggressive = yes", StrongSwanPeer.child("net", "aes256-sha256", "none", ""))));
        String peer = "crypto isakmp peer address %1$s\n set aggressive-mode password cisco123\n"
                + " set aggressive-mode client-endpoint ipv4-address %1$s\n";
        r1 = InteropRouter.start(NS, DEV, OURS, THEIRS, InteropRouter.config(THEIRS, OURS,
                " encryption aes 256\n hash sha512\n group 20\n", "esp-aes 256 esp-sha256-hmac", "",
                initiator.equals("router") ? peer.formatted(THEIRS) : ""), null);
        if (initiator.equals("charon")) swan.swanctl("--initiate", "--child", "net", "--timeout", "20");
        else assertTrue(r1.bringUp(), r1.showIsakmpSa() + swan.log());
        assertEquals("!!!!!", r1.ping(5, 2), swan.log());
        assertTrue(swan.ping(3, "0.2"), swan.log());
        String sas = swan.swanctl("--list-sas");
        assertTrue(sas.contains("  AES_CBC-256/HMAC_SHA2_512_256/PRF_HMAC_SHA2_512/ECP_384\n"), sas);
        String log = swan.log().substring(mark);
        assertTrue(log.contains("AGGRESSIVE request") && !log.contains("ID_PROT"), log);
    }

    /**
     * Our policy's lifetime (600 s) below charon's (about 4 h), our router initiating: charon
     * accepts, and our SA runs for 600 s. (charon keeps its own IKEv1 lifetime; when ours ends we
     * delete the SA and tell it.) The other way round our router refuses charon's longer offer
     * (NO_PROPOSAL_CHOSEN), as ios-crypto-reference §2.1 prescribes for a responder.
     */
    @Test
    void shorterPolicyLifetime() throws Exception {
        swan.reload(StrongSwanPeer.conf(THEIRS, OURS, StrongSwanPeer.connection("p1", THEIRS, OURS, "aes128-sha256-modp2048", "",
                StrongSwanPeer.child("net", "aes128-sha1", "none", ""))));
        r1 = InteropRouter.start(NS, DEV, OURS, THEIRS, InteropRouter.config(THEIRS, OURS,
                " encryption aes\n hash sha256\n group 14\n lifetime 600\n", "esp-aes esp-sha-hmac", "", ""), null);
        assertTrue(r1.bringUp(), r1.showIsakmpSa() + swan.log());
        String detail = r1.showIsakmpSaDetail();
        assertTrue(detail.contains(" 00:09:5") || detail.contains(" 00:10:00"), detail);
        assertTrue(swan.swanctl("--list-sas").contains("ESTABLISHED"));
    }
}
