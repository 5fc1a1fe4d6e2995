package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.Golden.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ikelab.common.Clock;
import org.ikelab.ike.status.IkeFsmInput.Event;
import org.ikelab.ike.status.IkeFsmInput.Source;
import org.ikelab.ike.status.IkeFsmState;
import org.ikelab.ike.status.IkeRole;
import org.ikelab.ike.status.IkeV1State;
import org.ikelab.ike.status.IsakmpDebugEvent;
import org.ikelab.ike.status.IsakmpDebugEvent.*;
import org.ikelab.ike.status.IsakmpNote;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.Integrity;
import org.ikelab.ipsec.status.IpsecDebugEvent;
import org.ikelab.ipsec.status.IpsecDebugEvent.*;
import org.ikelab.ipsec.status.IpsecMode;
import org.ikelab.ipsec.status.ProxyIdent;
import org.junit.jupiter.api.Test;

/**
 * The responder quick-mode trace of reference §5.3. The reference captured it on IOS-XE; as it
 * instructs, the expected text is that capture converted to the IOS 15 prefixes (§5.1: no mixing
 * of the two trains) by the rules in {@link #toIos15}, timestamps kept.
 */
class ResponderQuickModeTraceTest {
    static final InetAddress ME = ip("203.0.113.200");
    static final InetAddress PEER = ip("203.0.113.100");
    /** 3329780046 unsigned, printed signed on IOS 15. */
    static final int NODE = (int) 3329780046L;

    /** The reference's conversion from the IOS-XE capture to IOS 15 spelling. */
    static String toIos15(String xe) {
        return xe
                .replace("ISAKMP-PAK: (1001):received packet", "ISAKMP (0:1001): received packet")
                .replace("ISAKMP-PAK: (1001):sending packet", "ISAKMP:(1001): sending packet")
                .replace("ISAKMP: (1001):processing ", "ISAKMP:(1001): processing ")
                .replace("ISAKMP: (1001):transform ", "ISAKMP: transform ")
                .replace("ISAKMP: (1001):   ", "ISAKMP:   ")
                .replace("ISAKMP: (1001):", "ISAKMP:(1001):")
                .replace(Long.toString(3329780046L), Integer.toString(NODE));
    }

    /** A clock that returns, call after call, the timestamps of the capture. */
    static Clock replay(String text) {
        Deque<Long> times = new ArrayDeque<>();
        Matcher m = Pattern.compile("(?m)^\\*Feb 23 (\\d\\d:\\d\\d:\\d\\d\\.\\d{3}): ").matcher(text);
        while (m.find()) times.add(Instant.parse("2026-02-23T" + m.group(1) + "Z").toEpochMilli());
        return new Clock() {
            @Override public long nanoTime() { return 0; }
            @Override public long wallMillis() { return times.removeFirst(); }
        };
    }

    @Test
    void responderQuickModeWithIpsecDebugMatchesTheConvertedCapture() {
        ProxyIdent local = new ProxyIdent(ip("192.168.102.0"), ip("255.255.255.0"), 0, 0);
        ProxyIdent remote = new ProxyIdent(ip("192.168.101.0"), ip("255.255.255.0"), 0, 0);
        List<String> transforms = List.of("esp-aes 256", "esp-sha512-hmac");
        List<Object> events = List.of(
                new PacketReceived(1001, PEER, 500, 500, "Global", IkeRole.RESPONDER, IkeV1State.QM_IDLE),
                new NewNode(1001, NODE, IkeV1State.QM_IDLE),
                new ProcessingPayload(1001, Payload.HASH, NODE),
                new ProcessingPayload(1001, Payload.SA, NODE),
                new CheckingIpsecProposal(1001, 1),
                new Phase2Attributes(1, false, Cipher.AES_256, Integrity.SHA512, IpsecMode.TUNNEL, 3600, 4608000),
                new Note(1001, IsakmpNote.QM_ATTS_ACCEPTABLE),
                new ProposalPart(1),
                new KeyEngineMessage(false, 1, false, ME, 0, PEER, 0, local, remote, "ESP", transforms,
                        IpsecMode.TUNNEL, 0, 0, 0, 0, 256, 0),
                new ProxyMatch(ip("192.168.102.0"), ip("192.168.101.0"), 0, 0, 0),
                new MapAccepted("CMAP", 10),
                new ProcessingPayload(1001, Payload.NONCE, NODE),
                new ProcessingPayload(1001, Payload.ID, NODE),
                new ProcessingPayload(1001, Payload.ID, NODE),
                new Note(1001, IsakmpNote.QM_RESPONDER_GETS_SPI),
                new FsmInput(1001, NODE, Source.IKE_MESG_FROM_PEER, Event.IKE_QM_EXCH),
                new FsmTransition(1001, IkeFsmState.IKE_QM_READY, IkeFsmState.IKE_QM_SPI_STARVE),
                new FsmInput(1001, NODE, Source.IKE_MESG_INTERNAL, Event.IKE_GOT_SPI),
                new FsmTransition(1001, IkeFsmState.IKE_QM_SPI_STARVE, IkeFsmState.IKE_QM_IPSEC_INSTALL_AWAIT),
                new KmiQueueEvent(1),
                new MapFound("CMAP", 10),
                new SaCreated(ME, 50, 0x63A278D7L, transforms, 2005, 4608000, 3600, ME, 0, PEER, 0, local, remote),
                new SaCreated(PEER, 50, 0x731256EBL, transforms, 2006, 4608000, 3600, ME, 0, PEER, 0, local, remote),
                new Note(1001, IsakmpNote.IPSEC_INSTALL_CALLBACK),
                new InstalledIpsecSa(1001, 0x63A278D7L, "Dialer1"),
                new PacketSent(1001, PEER, 500, 500, IkeRole.RESPONDER, IkeV1State.QM_IDLE),
                new Note(1001, IsakmpNote.SENDING_IPV4_PACKET),
                new FsmInput(1001, NODE, Source.IKE_MESG_FROM_IPSEC, Event.IPSEC_INSTALL_DONE),
                new FsmTransition(1001, IkeFsmState.IKE_QM_IPSEC_INSTALL_AWAIT, IkeFsmState.IKE_QM_R_QM2),
                new PacketReceived(1001, PEER, 500, 500, "Global", IkeRole.RESPONDER, IkeV1State.QM_IDLE),
                new DeletingNode(1001, NODE, false, "QM done (await)"),
                new FsmInput(1001, NODE, Source.IKE_MESG_FROM_PEER, Event.IKE_QM_EXCH),
                new FsmTransition(1001, IkeFsmState.IKE_QM_R_QM2, IkeFsmState.IKE_QM_PHASE2_COMPLETE),
                new KmiQueueEvent(1),
                new Fixed(IpsecDebugEvent.FixedMessage.ENABLE_OUTBOUND));
        String expected = toIos15(Golden.read("debug_responder_quick_mode_xe.txt"));
        Clock clock = replay(expected);
        StringBuilder out = new StringBuilder();
        for (Object e : events) {
            List<String> lines = e instanceof IsakmpDebugEvent ie ? IsakmpDebugFormat.lines(ie)
                    : IpsecDebugFormat.lines((IpsecDebugEvent) e);
            out.append(IosTimestamp.stamp(clock, false, lines));
        }
        assertEquals(expected, out.toString());
    }

    @Test
    void initiatorSaRequestBlock() {
        // §5.3 [recalled]: the block the initiator prints before IKE starts.
        List<String> lines = IpsecDebugFormat.lines(new KeyEngineMessage(true, 0, true, ip("10.10.10.1"), 500,
                ip("10.10.10.2"), 500,
                new ProxyIdent(ip("192.168.1.0"), ip("255.255.255.0"), 0, 0),
                new ProxyIdent(ip("192.168.2.0"), ip("255.255.255.0"), 0, 0),
                "ESP", List.of("esp-aes", "esp-sha-hmac"), IpsecMode.TUNNEL, 3600, 4608000, 0, 0, 128, 0));
        assertEquals(Golden.read("debug_ipsec_sa_request.txt"), String.join("\n", lines) + "\n");
    }

    @Test
    void proxyIdentityMismatchOnTheResponder() {
        List<String> lines = new ArrayList<>();
        lines.addAll(IpsecDebugFormat.lines(new ProxyMatch(ip("192.168.2.0"), ip("192.168.1.0"), 0, 0, 0)));
        lines.addAll(IpsecDebugFormat.lines(new Fixed(IpsecDebugEvent.FixedMessage.NO_MATCHING_MAP)));
        lines.addAll(IpsecDebugFormat.lines(new Fixed(IpsecDebugEvent.FixedMessage.PROXY_IDENTITIES_NOT_SUPPORTED)));
        lines.addAll(IsakmpDebugFormat.lines(new IpsecPolicyInvalidated(1001, 32)));
        lines.addAll(IsakmpDebugFormat.lines(new PolicyNotAcceptable(1001, 2, ip("10.10.10.2"), ip("10.10.10.1"))));
        assertEquals(Golden.read("debug_proxy_mismatch.txt"), String.join("\n", lines) + "\n");
    }

    @Test
    void timestampPadsTheDayAndMarksAnUnsyncedClock() {
        Clock c = new Clock() {
            @Override public long nanoTime() { return 0; }
            @Override public long wallMillis() { return Instant.parse("1993-03-01T00:42:09.431Z").toEpochMilli(); }
        };
        assertEquals("*Mar  1 00:42:09.431: ", IosTimestamp.prefix(c, false));
        assertEquals("Mar  1 00:42:09.431: ", IosTimestamp.prefix(c, true));
        // A phase-1 transition: stamped line, then an unstamped blank line.
        assertEquals("*Mar  1 00:42:09.431: ISAKMP:(0):Old State = IKE_I_MM1  New State = IKE_I_MM2 \n\n",
                IosTimestamp.stamp(c, false, IsakmpDebugFormat.lines(
                        new FsmTransition(0, IkeFsmState.IKE_I_MM1, IkeFsmState.IKE_I_MM2))));
    }
}
