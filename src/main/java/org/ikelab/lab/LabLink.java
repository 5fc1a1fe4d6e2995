package org.ikelab.lab;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ikelab.lab.topology.LinkSpec;
import org.ikelab.link.ImpairedPort;
import org.ikelab.link.InMemoryLink;
import org.ikelab.link.PcapCapture;
import org.ikelab.router.L2Port;
import org.ikelab.wire.pcap.PcapWriter;

/**
 * One running link of a lab: the cable (in memory, or UDP to another host or program), its
 * optional impairments and capture. The capture sits on side A (it sees both directions there).
 */
public final class LabLink {
    private final LinkSpec spec;
    private final InMemoryLink cable;
    private final ImpairedPort[] impaired;
    /** Side A's router (null when side A is not a local router) and interface. */
    private final RouterNode nodeA;
    private final String ifA;
    private final L2Port portA;
    private final AutoCloseable[] resources;
    private PcapWriter writer;
    private OutputStream stream;
    private Path captureFile;
    private boolean up = true;

    LabLink(LinkSpec spec, InMemoryLink cable, ImpairedPort[] impaired, RouterNode nodeA, String ifA, L2Port portA,
            AutoCloseable... resources) {
        this.spec = spec;
        this.cable = cable;
        this.impaired = impaired;
        this.nodeA = nodeA;
        this.ifA = ifA;
        this.portA = portA;
        this.resources = resources;
    }

    public LinkSpec spec() { return spec; }
    public boolean up() { return up; }
    public Path captureFile() { return captureFile; }

    /** {@code R1:Gi0/0 <-> R2:Gi0/0}. */
    public String label() {
        return spec.a() + " <-> " + spec.b();
    }

    /** Pulls or plugs the cable: both routers see carrier loss, as when a cable is unplugged. */
    public void setUp(boolean plugged) {
        up = plugged;
        if (cable != null) {
            cable.setUp(plugged);
        } else {
            for (ImpairedPort p : impaired) if (p != null) p.setDown(!plugged);
        }
    }

    /** Starts writing side A's frames to {@code file} (pcap, Ethernet); call on side A's router thread. */
    public void startCapture(Path file) throws IOException {
        if (nodeA == null) throw new IOException("side A of " + label() + " is not a router of this lab");
        stopCapture();
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        stream = new BufferedOutputStream(Files.newOutputStream(file));
        writer = new PcapWriter(stream, nodeA.scheduler().clock());
        captureFile = file;
        nodeA.router().connect(ifA, new PcapCapture(portA, writer));
    }

    /** Stops the capture and flushes the file; call on side A's router thread. */
    public void stopCapture() throws IOException {
        if (writer == null) return;
        nodeA.router().connect(ifA, portA);
        writer.close();
        writer = null;
        stream = null;
        captureFile = null;
    }

    void close() {
        try {
            if (writer != null) writer.close();
        } catch (IOException e) {
            // The capture file is incomplete; nothing else to do while the lab stops.
        }
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                // Closing a socket of a stopping lab cannot be retried.
            }
        }
    }
}
