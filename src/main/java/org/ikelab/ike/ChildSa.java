package org.ikelab.ike;

/**
 * One negotiated IPsec SA as the data plane needs it.
 *
 * @param inbound            true for the SA that decrypts traffic from the peer
 * @param protocol           IPsec DOI protocol id (2 AH, 3 ESP)
 * @param spi                the SPI in packets of this SA
 * @param transformId        ESP/AH transform id (RFC 2407 §4.4, e.g. 12 ESP_AES)
 * @param encryptionKey      encryption key (empty for AH and ESP_NULL; key and salt for GCM)
 * @param authAlgorithm      IPsec DOI authentication algorithm (0 for AEAD)
 * @param integrityKey       integrity key (empty without one)
 * @param encapsulationMode  IPsec DOI encapsulation mode (1 tunnel, 2 transport, 3/4 UDP-encapsulated)
 * @param local              the negotiated proxy on our side ("local ident")
 * @param remote             the negotiated proxy on the peer's side ("remote ident")
 * @param lifetimeSeconds    hard lifetime in seconds (0 for none)
 * @param lifetimeKilobytes  hard lifetime in kilobytes (0 for none)
 */
public record ChildSa(IkeEndpoint source, IkeEndpoint destination, boolean inbound, int protocol, int spi,
        int transformId, byte[] encryptionKey, int authAlgorithm, byte[] integrityKey, int encapsulationMode,
        TrafficSelector local, TrafficSelector remote, long lifetimeSeconds, long lifetimeKilobytes) {
}
