package org.ikelab.cli.show.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.ikelab.ike.status.IkeRole;
import org.ikelab.ike.status.IkeSaStatus;
import org.ikelab.ike.status.IkeV1State;
import org.ikelab.ike.status.IsakmpAuth;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.EngineConnection;
import org.ikelab.ipsec.status.Integrity;

/** Column and spelling invariants that TextFSM-style parsers rely on, over random values. */
class CryptoShowLayoutProperties {

    @Provide
    Arbitrary<InetAddress> ipv4() {
        return Arbitraries.bytes().array(byte[].class).ofSize(4).map(CryptoShowLayoutProperties::address);
    }

    @Provide
    Arbitrary<InetAddress> ipv6() {
        // Mostly zero bytes, so that "::" compression is exercised.
        return Arbitraries.of((byte) 0, (byte) 0, (byte) 0, (byte) 1, (byte) 0x20, (byte) 0xFE)
                .array(byte[].class).ofSize(16).map(CryptoShowLayoutProperties::address);
    }

    static InetAddress address(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Property
    void isakmpRowsKeepTheirColumns(@ForAll("ipv4") InetAddress local, @ForAll("ipv4") InetAddress remote,
                                    @ForAll @IntRange(min = 1, max = 9_999_999) int connId,
                                    @ForAll IkeV1State state, @ForAll boolean deleted, @ForAll IkeRole role) {
        IkeSaStatus sa = new IkeSaStatus(local, remote, role, state, connId, deleted, Cipher.AES_128, Integrity.SHA1,
                IsakmpAuth.PSK, 2, 100, Set.of(), null, null, 500, 500, "SW", 1);
        String row = ShowCryptoIsakmpSa.format(List.of(sa)).lines().toList().get(2);
        assertEquals(IosText.addr(sa.dst()), row.substring(0, 16).strip());
        assertEquals(IosText.addr(sa.src()), row.substring(16, 32).strip());
        assertEquals(state.name(), row.substring(32, 47).strip());
        assertEquals(Integer.toString(connId), row.substring(47, 54).strip());
        assertEquals(deleted ? "ACTIVE (deleted)" : "ACTIVE", row.substring(55));
    }

    @Property
    void ipv6TextIsUpperCaseCompressedAndParsesBack(@ForAll("ipv6") InetAddress a) {
        String text = IosText.addr(a);
        assertEquals(a, InetAddress.ofLiteral(text));
        assertEquals(text.toUpperCase(java.util.Locale.ROOT), text);
        assertTrue(text.indexOf("::") == text.lastIndexOf("::"));
        assertFalse(text.matches(".*(^|:)0+[0-9A-F].*"), "no leading zeros in a group: " + text);
    }

    @Property
    void spiTextCarriesTheSameValueTwice(@ForAll int spi) {
        String text = IosText.spi(spi);
        long unsigned = Integer.toUnsignedLong(spi);
        int open = text.indexOf('(');
        assertEquals(unsigned, Long.parseLong(text.substring(2, open), 16));
        assertEquals(unsigned, Long.parseLong(text.substring(open + 1, text.length() - 1)));
        assertTrue(text.startsWith("0x") && (unsigned == 0 || text.charAt(2) != '0'));
    }

    @Property
    void engineRowsFollowTheCFormat(@ForAll @IntRange(min = 1, max = 99_999) int id,
                                    @ForAll @LongRange(min = 0, max = 9_999_999) long enc,
                                    @ForAll @LongRange(min = 0, max = 99_999_999) long dec,
                                    @ForAll("ipv4") InetAddress addr, @ForAll Cipher cipher, @ForAll Integrity hash) {
        EngineConnection c = new EngineConnection(id, EngineConnection.Type.IPSEC, cipher, hash, enc, dec, dec, addr);
        String row = ShowCryptoEngineConnections.format(List.of(c)).lines().toList().get(3);
        assertEquals(Integer.toString(id), row.substring(0, 5).strip());
        assertEquals("IPsec", row.substring(7, 15).strip());
        assertEquals(ShowCryptoEngineConnections.algorithm(c), row.substring(15, 35).strip());
        assertEquals(Long.toString(enc), row.substring(35, 42).strip());
        assertEquals(Long.toString(dec), row.substring(42, 51).strip());
        assertEquals(IosText.addr(addr), row.substring(61));
    }
}
