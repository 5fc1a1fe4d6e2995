package org.ikelab.config.crypto;

/**
 * A manual key of an {@code ipsec-manual} crypto map entry:
 * {@code set session-key {inbound|outbound} esp SPI cipher HEX [authenticator HEX]} or
 * {@code set session-key {inbound|outbound} ah SPI HEX}.
 *
 * @param cipherHex the ESP cipher key, or the AH key for {@code ah}
 * @param authenticatorHex the ESP authenticator key, or null
 */
public record SessionKey(boolean inbound, boolean esp, long spi, String cipherHex, String authenticatorHex) {
    public static final long MIN_SPI = 256L;
    public static final long MAX_SPI = 4294967295L;

    /** Same slot (direction and protocol): a new key replaces the old one. */
    boolean sameSlot(SessionKey o) {
        return inbound == o.inbound && esp == o.esp;
    }

    String render() {
        String head = " set session-key " + (inbound ? "inbound" : "outbound") + (esp ? " esp " : " ah ") + spi;
        if (!esp) return head + " " + cipherHex;
        return head + " cipher " + cipherHex + (authenticatorHex == null ? "" : " authenticator " + authenticatorHex);
    }
}
