package org.ikelab.cli.show.crypto;

import static org.ikelab.cli.show.crypto.Golden.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.EngineConnection;
import org.ikelab.ipsec.status.EngineConnection.Type;
import org.ikelab.ipsec.status.Integrity;
import org.junit.jupiter.api.Test;

/** Golden tests for reference §4.10. */
class ShowCryptoEngineConnectionsTest {

    @Test
    void labSixOneAfterFivePingsMatchesTheComposedBlock() {
        List<EngineConnection> rows = List.of(
                new EngineConnection(1, Type.IPSEC, Cipher.AES_128, Integrity.SHA1, 0, 9, 9, ip("10.10.10.1")),
                new EngineConnection(2, Type.IPSEC, Cipher.AES_128, Integrity.SHA1, 9, 0, 0, ip("10.10.10.1")),
                new EngineConnection(1001, Type.IKE, Cipher.AES_128, Integrity.SHA1, 0, 0, 0, ip("10.10.10.1")));
        assertEquals(Golden.read("engine_connections.txt"), ShowCryptoEngineConnections.format(rows));
    }

    @Test
    void getvpnRowsMatchCaptureS57() {
        List<EngineConnection> rows = List.of(
                new EngineConnection(1, Type.IPSEC, Cipher.TRIPLE_DES, Integrity.MD5, 0, 0, 0, ip("172.16.0.0")),
                new EngineConnection(1001, Type.IKE, Cipher.DES, Integrity.SHA1, 0, 0, 0, ip("202.100.2.1")));
        // The capture shows only the column header and the rows.
        assertEquals("Crypto Engine Connections\n\n" + Golden.read("engine_connections_getvpn_rows.txt"),
                ShowCryptoEngineConnections.format(rows));
    }

    @Test
    void emptyAfterClearKeepsTheHeaders() {
        assertEquals("""
                Crypto Engine Connections

                   ID  Type    Algorithm           Encrypt  Decrypt LastSeqN IP-Address
                """, ShowCryptoEngineConnections.format(List.of()));
    }

    @Test
    void algorithmNamesFromTheReference() {
        assertEquals("AES256+SHA512", ShowCryptoEngineConnections.algorithm(
                new EngineConnection(3, Type.IPSEC, Cipher.AES_256, Integrity.SHA512, 0, 0, 0, ip("1.1.1.1"))));
        assertEquals("SHA256+AES256", ShowCryptoEngineConnections.algorithm(
                new EngineConnection(1002, Type.IKE, Cipher.AES_256, Integrity.SHA256, 0, 0, 0, ip("1.1.1.1"))));
        assertEquals("NULL+SHA", ShowCryptoEngineConnections.algorithm(
                new EngineConnection(5, Type.IPSEC, Cipher.NULL, Integrity.SHA1, 0, 0, 0, ip("1.1.1.1"))));
    }
}
