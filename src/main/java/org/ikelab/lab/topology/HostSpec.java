package org.ikelab.lab.topology;

/**
 * A lab host for multi-host labs: the address its process binds its cross-host UDP links to.
 * Links between nodes on different hosts become UDP links between the hosts' addresses, on
 * ports counted from {@code udpBase}.
 */
public record HostSpec(String name, String address, int line) {
}
