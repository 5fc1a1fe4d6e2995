package org.ikelab.ike.v1;

import java.net.Inet6Address;
import java.util.function.Consumer;
import org.ikelab.common.Hex;
import org.ikelab.ike.ChildSa;
import org.ikelab.wire.isakmp.IpsecAttribute;

/**
 * The one place secrets leave the stack (ARCHITECTURE decision 10): a listener that writes
 * Wireshark's {@code ikev1_decryption_table} lines ({@code <initiator cookie>,<phase-1
 * encryption key>}) and {@code esp_sa} lines for every IPsec SA. Off unless a router attaches it.
 */
public final class KeyLog implements Ikev1Listener {
    private final Consumer<String> ikev1Table;
    private final Consumer<String> espSa;

    public KeyLog(Consumer<String> ikev1Table, Consumer<String> espSa) {
        this.ikev1Table = ikev1Table;
        this.espSa = espSa;
    }

    @Override
    public void established(IkeSa sa) {
        ikev1Table.accept(Hex.encode(sa.phase1().ckyI) + "," + Hex.encode(sa.phase1().keys().encryptionKey()));
    }

    @Override
    public void childInstalled(IkeSa sa, ChildSaPair pair) {
        for (ChildSa c : new ChildSa[] {pair.inbound(), pair.outbound()}) {
            String line = espSaLine(c);
            if (line != null) espSa.accept(line);
        }
    }

    /**
     * One {@code esp_sa} UAT record as tshark 4.0 reads it (strongswan-interop.md), or null for an
     * SA the table cannot describe: AH, and AES-GMAC (tshark 4.0 has no name for it; a "NULL"
     * line would make it read the IV as payload), as {@code org.ikelab.ipsec.EspKeyLog} does.
     */
    public static String espSaLine(ChildSa sa) {
        if (sa.protocol() != IpsecAttribute.PROTO_ESP || sa.transformId() == ChildProposals.ESP_NULL_AUTH_AES_GMAC) return null;
        String family = sa.source().address() instanceof Inet6Address ? "IPv6" : "IPv4";
        return q(family) + "," + q(sa.source().address().getHostAddress()) + "," + q(sa.destination().address().getHostAddress())
                + "," + q(String.format("0x%08x", sa.spi())) + "," + q(cipherName(sa)) + ","
                + q(sa.encryptionKey().length == 0 ? "" : "0x" + Hex.encode(sa.encryptionKey())) + ","
                + q(authName(sa.authAlgorithm())) + ","
                + q(sa.integrityKey().length == 0 ? "" : "0x" + Hex.encode(sa.integrityKey()));
    }

    private static String q(String s) {
        return "\"" + s + "\"";
    }

    static String cipherName(ChildSa sa) {
        return switch (sa.transformId()) {
            case IpsecAttribute.ESP_DES -> "DES-CBC [RFC2405]";
            case IpsecAttribute.ESP_3DES -> "TripleDES-CBC [RFC2451]";
            case IpsecAttribute.ESP_AES -> "AES-CBC [RFC3602]";
            case IpsecAttribute.ESP_AES_GCM_8 -> "AES-GCM with 8 octet ICV [RFC4106]";
            case IpsecAttribute.ESP_AES_GCM_12 -> "AES-GCM with 12 octet ICV [RFC4106]";
            case IpsecAttribute.ESP_AES_GCM_16 -> "AES-GCM with 16 octet ICV [RFC4106]";
            default -> "NULL";
        };
    }

    static String authName(int auth) {
        return switch (auth) {
            case IpsecAttribute.AUTH_HMAC_MD5 -> "HMAC-MD5-96 [RFC2403]";
            case IpsecAttribute.AUTH_HMAC_SHA -> "HMAC-SHA-1-96 [RFC2404]";
            case IpsecAttribute.AUTH_HMAC_SHA2_256 -> "HMAC-SHA-256-128 [RFC4868]";
            case IpsecAttribute.AUTH_HMAC_SHA2_384 -> "HMAC-SHA-384-192 [RFC4868]";
            case IpsecAttribute.AUTH_HMAC_SHA2_512 -> "HMAC-SHA-512-256 [RFC4868]";
            default -> "NULL";
        };
    }
}
