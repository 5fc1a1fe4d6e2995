package org.ikelab.router;

import org.ikelab.wire.Ipv4Address;
import org.ikelab.wire.MacAddress;

/** A row of {@code show arp}: age in minutes, or -1 ({@code -}) for the router's own addresses. */
public record ArpEntry(Ipv4Address address, long ageMinutes, MacAddress mac, String interfaceName) {
}
