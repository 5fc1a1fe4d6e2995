package org.ikelab.lab.topology;

/** One end of a link in a topology file. */
public sealed interface Endpoint {
    /** {@code R1:Gi0/0}: an interface of a router of this topology (name already canonical). */
    record RouterPort(String node, String iface) implements Endpoint {
        @Override public String toString() { return node + ":" + iface; }
    }

    /**
     * {@code udp:LPORT:RHOST:RPORT}: raw Ethernet frames in UDP datagrams to a process outside
     * the lab (GNS3/QEMU convention). {@code localHost} is where we bind (127.0.0.1 unless the
     * topology's host table says otherwise).
     */
    record Udp(String localHost, int localPort, String remoteHost, int remotePort) implements Endpoint {
        @Override public String toString() { return "udp:" + localPort + ":" + remoteHost + ":" + remotePort; }
    }

    /** {@code tun:DEV[@NETNS]} or {@code tap:DEV[@NETNS]}: a Linux device, optionally in a namespace. */
    record Tun(boolean tap, String device, String netns) implements Endpoint {
        @Override public String toString() {
            return (tap ? "tap:" : "tun:") + device + (netns == null ? "" : "@" + netns);
        }
    }
}
