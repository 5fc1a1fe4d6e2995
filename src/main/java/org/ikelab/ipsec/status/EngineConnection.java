package org.ikelab.ipsec.status;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One row of {@code show crypto engine connections active}: an IPsec SA (one direction) or an
 * IKE SA held by the crypto engine.
 *
 * @param id           {@code ID}: IPsec conn id (1, 2, ...; same as {@code conn id:} of
 *                     {@code show crypto ipsec sa}) or IKE conn-id (1001, ...)
 * @param type         {@code Type}
 * @param cipher       cipher part of {@code Algorithm}
 * @param integrity    hash part of {@code Algorithm}
 * @param encrypted    {@code Encrypt}: packets encrypted (outbound IPsec SA; 0 for IKE rows)
 * @param decrypted    {@code Decrypt}: packets decrypted (inbound IPsec SA; 0 for IKE rows)
 * @param lastSeqN     {@code LastSeqN}: last sequence number seen (inbound) / sent (outbound)
 * @param localAddress {@code IP-Address}: the local crypto endpoint
 */
public record EngineConnection(
        int id, Type type, Cipher cipher, Integrity integrity,
        long encrypted, long decrypted, long lastSeqN, InetAddress localAddress) {

    /** Kind of connection in the {@code Type} column. */
    public enum Type {
        IPSEC("IPsec"), IKE("IKE"), IKEV2("IKEv2");

        private final String label;

        Type(String label) { this.label = label; }

        /** Text of the {@code Type} column. */
        public String label() { return label; }
    }

    public EngineConnection {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(localAddress, "localAddress");
    }
}
