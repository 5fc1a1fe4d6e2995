package org.ikelab.ike;

/**
 * The port through which IKE installs and removes IPsec SAs in the data plane (implemented by
 * the router's ipsec integration). One call per direction, as IOS creates an inbound and an
 * outbound SA for each negotiated protocol.
 */
public interface SaInstaller {
    void install(ChildSa sa);

    /** Removes the SA with this SPI and protocol toward {@code destination}; unknown SAs are ignored. */
    void remove(IkeEndpoint destination, int protocol, int spi);
}
