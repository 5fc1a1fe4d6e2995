package org.ikelab.ike.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ikelab.common.RandomSource;
import org.ikelab.common.RealScheduler;
import org.ikelab.crypto.ikev1.JdkCbcCipher;
import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.ChildSa;
import org.ikelab.ike.ChildTransform;
import org.ikelab.ike.IkeEndpoint;
import org.ikelab.ike.IkeTransport;
import org.ikelab.ike.PeerConfig;
import org.ikelab.ike.RetransmitPolicy;
import org.ikelab.ike.SaInstaller;
import org.ikelab.ike.TrafficSelector;
import org.ikelab.interop.StrongSwanPeer;
import org.ikelab.wire.isakmp.IpsecAttribute;
import org.ikelab.wire.isakmp.NotifyType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Our IKEv1 engine against a real strongSwan 5.9 charon (strongswan-interop.md): charon runs in
 * a network namespace this test creates, joined to the root namespace by a veth pair; our daemon
 * speaks through plain UDP sockets on the root side (with the non-ESP marker on 4500). charon's
 * libipsec forces NAT-T, so this exercises the float to 4500 and UDP-Encapsulated-Tunnel too.
 * Needs root and strongSwan; skipped otherwise.
 */
@Tag("interop")
class StrongSwanInteropTest {
    private static final long PID = ProcessHandle.current().pid();
    private static final String NS = "ikev1" + PID % 100000;
    private static final String VETH_A = "ika" + PID % 100000;
    private static final String VETH_B = "ikb" + PID % 100000;
    private static final String NET = "10.201." + (PID % 200 + 20) + ".";
    private static final String OURS = NET + "1";
    private static final String THEIRS = NET + "2";

    private StrongSwanPeer swan;
    private RealScheduler loop;
    private DatagramChannel sock500;
    private DatagramChannel sock4500;
    private final List<Thread> readers = new ArrayList<>();
    private final List<ChildSa> installed = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Integer> removed = new CopyOnWriteArrayList<>();
    private IkeV1Daemon daemon;
    private IkeEndpoint local;
    private IkeEndpoint remote;

    private String swanctl(String... args) throws IOException, InterruptedException {
        return swan.swanctl(args);
    }

    @BeforeEach
    void setUp() throws Exception {
        StrongSwanPeer.assumeAvailable();
        swan = StrongSwanPeer.create(NS, "ikelab-swan");
        StrongSwanPeer.run("ip", "link", "add", VETH_A, "type", "veth", "peer", "name", VETH_B);
        StrongSwanPeer.run("ip", "link", "set", VETH_B, "netns", NS);
        StrongSwanPeer.run("ip", "addr", "add", OURS + "/24", "dev", VETH_A);
        StrongSwanPeer.run("ip", "link", "set", VETH_A, "up");
        swan.inNamespace("ip", "link", "set", "lo", "up");
        swan.inNamespace("ip", "addr", "add", THEIRS + "/24", "dev", VETH_B);
        swan.inNamespace("ip", "link", "set", VETH_B, "up");
        // charon's protected network must exist on its side, or libipsec cannot route into the tunnel.
        swan.inNamespace("ip", "addr", "add", "192.168.2.2/24", "dev", "lo");
        String children = StrongSwanPeer.child("net", "aes128-sha1", "none", "")
                + StrongSwanPeer.child("fast", "aes128-sha1", "none", "rekey_time = 4s\n life_time = 60s\n rand_time = 0s")
                + StrongSwanPeer.child("pfs", "aes256-sha256-modp2048", "none", "");
        swan.start(StrongSwanPeer.pskConnections(THEIRS, OURS, children,
                StrongSwanPeer.child("amnet", "aes128-sha1", "none", "")));
        startOurSide();
    }

    private void startOurSide() throws IOException {
        InetAddress a = InetAddress.getByName(OURS);
        local = new IkeEndpoint(a, 500);
        remote = new IkeEndpoint(InetAddress.getByName(THEIRS), 500);
        sock500 = DatagramChannel.open().bind(new InetSocketAddress(a, 500));
        sock4500 = DatagramChannel.open().bind(new InetSocketAddress(a, 4500));
        loop = RealScheduler.newThread("ike-interop");
        IkeTransport transport = (from, to, datagram) -> {
            try {
                if (from.port() == IkeEndpoint.NATT_PORT) {
                    // RFC 3948 §2.2: IKE on 4500 carries a 4-byte zero non-ESP marker.
                    ByteBuffer b = ByteBuffer.allocate(4 + datagram.length).putInt(0).put(datagram).flip();
                    sock4500.send(b, new InetSocketAddress(to.address(), to.port()));
                } else {
                    sock500.send(ByteBuffer.wrap(datagram), new InetSocketAddress(to.address(), to.port()));
                }
            } catch (IOException e) {
                events.add("send failed: " + e);
            }
        };
        SaInstaller installer = new SaInstaller() {
            @Override public void install(ChildSa sa) { installed.add(sa); }
            @Override public void remove(IkeEndpoint destination, int protocol, int spi) {
                installed.removeIf(s -> s.spi() == spi);
                removed.add(spi);
            }
        };
        ChildConfig aes256 = new ChildConfig(new ChildTransform(IpsecAttribute.PROTO_ESP, IpsecAttribute.ESP_AES, 256,
                IpsecAttribute.AUTH_HMAC_SHA2_256, IpsecAttribute.ENCAP_TUNNEL),
                TrafficSelector.subnet(QuickModeExchangeTest.LAN1, QuickModeExchangeTest.MASK24),
                TrafficSelector.subnet(QuickModeExchangeTest.LAN2, QuickModeExchangeTest.MASK24), 0, 3600, 4608000);
        PeerConfig peer = new PeerConfig(local, remote, "cisco123".getBytes(StandardCharsets.US_ASCII),
                List.of(MainModeExchangeTest.AES_SHA_G2), true, List.of(child(), aes256));
        Ikev1Listener listener = new Ikev1Listener() {
            @Override public void established(IkeSa sa) { events.add("established"); }
            @Override public void notifyReceived(IkeSa sa, int type) { events.add("notify " + NotifyType.name(type)); }
            @Override public void deleted(IkeSa sa, String reason) { events.add("deleted " + reason); }
            @Override public void exchangeFailed(IkeSa sa, int type, String reason) { events.add("failed " + reason); }
        };
        daemon = new IkeV1Daemon(loop, RandomSource.secure(), transport, installer, JdkCbcCipher.provider(),
                ep -> ep.address().equals(remote.address()) ? Optional.of(peer) : Optional.empty(), listener,
                RetransmitPolicy.DEFAULT);
        readers.add(reader(sock500, 500));
        readers.add(reader(sock4500, 4500));
    }

    private Thread reader(DatagramChannel ch, int port) {
        Thread t = Thread.ofPlatform().daemon().name("udp" + port).start(() -> {
            ByteBuffer buf = ByteBuffer.allocate(65536);
            while (ch.isOpen()) {
                try {
                    buf.clear();
                    InetSocketAddress from = (InetSocketAddress) ch.receive(buf);
                    buf.flip();
                    if (port == 4500) {
                        if (buf.remaining() < 4 || buf.getInt(0) != 0) continue;   // ESP, not IKE
                        buf.position(4);
                    }
                    byte[] copy = new byte[buf.remaining()];
                    buf.get(copy);
                    IkeEndpoint src = new IkeEndpoint(from.getAddress(), from.getPort());
                    IkeEndpoint dst = new IkeEndpoint(local.address(), port);
                    loop.execute(() -> daemon.receive(dst, src, ByteBuffer.wrap(copy)));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return t;
    }

    static ChildConfig child() {
        return new ChildConfig(QuickModeExchangeTest.ESP_AES_SHA, TrafficSelector.subnet(QuickModeExchangeTest.LAN1, QuickModeExchangeTest.MASK24),
                TrafficSelector.subnet(QuickModeExchangeTest.LAN2, QuickModeExchangeTest.MASK24), 0, 3600, 4608000);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (loop != null) loop.executor().shutdownNow();
        if (sock500 != null) sock500.close();
        if (sock4500 != null) sock4500.close();
        for (Thread t : readers) t.join(2000);
        if (swan != null) swan.close();
    }

    private void await(java.util.function.BooleanSupplier cond, String what) throws Exception {
        for (int i = 0; i < 200 && !cond.getAsBoolean(); i++) Thread.sleep(100);
        assertTrue(cond.getAsBoolean(), what + "; events " + events + "\n" + log());
    }

    private String listSas() {
        try {
            return swanctl("--list-sas");
        } catch (Exception e) {
            return "";
        }
    }

    private String log() throws IOException {
        return swan.log();
    }

    @Test
    void weInitiateMainAndQuickModeAgainstCharon() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        loop.execute(() -> {
            daemon.initiate(daemon.sas().isEmpty() ? new PeerConfig(local, remote, "cisco123".getBytes(StandardCharsets.US_ASCII),
                    List.of(MainModeExchangeTest.AES_SHA_G2), true, List.of(child())) : null, child());
            started.countDown();
        });
        started.await(5, TimeUnit.SECONDS);
        await(() -> installed.size() == 2, "two IPsec SAs installed on our side");
        await(() -> listSas().contains("INSTALLED"), "charon installed its CHILD_SA");
        String sas = listSas();
        assertTrue(sas.contains("ESTABLISHED"), sas);
        assertTrue(installed.stream().allMatch(s -> s.encapsulationMode() == IpsecAttribute.ENCAP_UDP_TUNNEL),
                "charon forces NAT-T, so the SAs are UDP-encapsulated");
        // charon answers our DPD.
        loop.execute(() -> daemon.sas().get(0).sendDpd(1));
        await(() -> events.contains("notify R-U-THERE-ACK"), "R-U-THERE-ACK from charon");
        // clear crypto session: charon removes its SAs too.
        loop.execute(() -> daemon.sas().get(0).clear());
        await(() -> {
            try {
                return !swanctl("--list-sas").contains("ESTABLISHED");
            } catch (Exception e) {
                return false;
            }
        }, "charon deleted the IKE SA after our Delete");
    }

    @Test
    void charonInitiatesAndWeRespond() throws Exception {
        String out;
        try {
            out = swanctl("--initiate", "--child", "net", "--timeout", "20");
        } catch (IOException e) {
            throw new AssertionError(e.getMessage() + "\nevents " + events + "\n" + log(), e);
        }
        assertTrue(out.contains("initiate completed successfully"), out + "\n" + log());
        await(() -> installed.size() == 2, "two IPsec SAs installed on our side");
        List<ChildSa> ours = List.copyOf(installed);
        assertEquals(2, ours.size());
        String sas = swanctl("--list-sas");
        assertTrue(sas.contains("INSTALLED"), sas);
        // charon's view of the SPIs matches ours.
        for (ChildSa s : ours) {
            assertTrue(sas.contains(String.format("%08x", s.spi())), "SPI " + String.format("%08x", s.spi()) + " in\n" + sas);
        }
    }

    /** charon's "pfs" child: ESP AES-256/SHA-256 with PFS group 14; our config has no PFS and accepts it. */
    @Test
    void charonInitiatesWithPfsGroup14() throws Exception {
        String out;
        try {
            out = swanctl("--initiate", "--child", "pfs", "--timeout", "20");
        } catch (IOException e) {
            throw new AssertionError(e.getMessage() + "\nevents " + events + "\n" + log(), e);
        }
        assertTrue(out.contains("initiate completed successfully"), out);
        await(() -> installed.size() == 2, "two IPsec SAs installed on our side");
        assertTrue(installed.stream().allMatch(s -> s.encryptionKey().length == 32 && s.integrityKey().length == 32));
        assertTrue(listSas().contains("MODP_2048"), listSas());
    }

    @Test
    void aggressiveModeBothWays() throws Exception {
        String out;
        try {
            out = swanctl("--initiate", "--child", "amnet", "--timeout", "20");
        } catch (IOException e) {
            throw new AssertionError(e.getMessage() + "\nevents " + events + "\n" + log(), e);
        }
        assertTrue(out.contains("initiate completed successfully"), out);
        await(() -> installed.size() == 2, "charon's aggressive mode and quick mode completed");
        installed.clear();
        CountDownLatch started = new CountDownLatch(1);
        loop.execute(() -> {
            for (IkeSa sa : daemon.sas()) sa.clear();
            daemon.initiate(new PeerConfig(local, remote, "cisco123".getBytes(StandardCharsets.US_ASCII),
                    List.of(MainModeExchangeTest.AES_SHA_G2), true, List.of(), true), child());
            started.countDown();
        });
        started.await(5, TimeUnit.SECONDS);
        await(() -> installed.size() == 2, "our aggressive mode and quick mode completed");
        await(() -> listSas().contains("INSTALLED"), "charon installed its CHILD_SA");
    }

    /**
     * charon rekeys its CHILD_SA after 4 s with a new quick mode, then deletes the old one
     * ({@code delete_rekeyed = yes}; by default IKEv1 charon lets the old pair expire).
     */
    @Test
    void charonRekeysAndDeletesTheOldPair() throws Exception {
        String out = swanctl("--initiate", "--child", "fast", "--timeout", "20");
        assertTrue(out.contains("initiate completed successfully"), out);
        await(() -> installed.size() == 2, "first pair installed");
        List<Integer> first = installed.stream().map(ChildSa::spi).toList();
        await(() -> removed.containsAll(first) && installed.size() == 2, "rekeyed pair installed and old pair deleted");
        assertTrue(installed.stream().noneMatch(sa -> first.contains(sa.spi())));
    }
}
