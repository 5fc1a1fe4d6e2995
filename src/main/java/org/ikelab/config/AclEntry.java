package org.ikelab.config;

/**
 * One line of an access list. A remark has only seq and remark. A standard entry has no
 * protocol. Protocol is the IOS keyword (ip, tcp, udp, icmp, gre, esp, ahp) or a number.
 */
public record AclEntry(int seq, String remark, boolean permit, String protocol, AclAddress src, PortMatch srcPort,
                       AclAddress dst, PortMatch dstPort, boolean established, String icmpType, boolean log) {

    public static AclEntry remark(int seq, String text) {
        return new AclEntry(seq, text, false, null, null, null, null, null, false, null, false);
    }

    public static AclEntry standard(int seq, boolean permit, AclAddress src, boolean log) {
        return new AclEntry(seq, null, permit, null, src, null, null, null, false, null, log);
    }

    public boolean isRemark() {
        return remark != null;
    }

    public AclEntry withSeq(int s) {
        return new AclEntry(s, remark, permit, protocol, src, srcPort, dst, dstPort, established, icmpType, log);
    }

    /** The IP protocol number this entry matches (0 for {@code ip}, -1 for a standard entry). */
    public int protocolNumber() {
        if (protocol == null) return -1;
        return switch (protocol) {
            case "ip" -> 0;
            case "icmp" -> 1;
            case "tcp" -> 6;
            case "udp" -> 17;
            case "gre" -> 47;
            case "esp" -> 50;
            case "ahp" -> 51;
            default -> Integer.parseInt(protocol);
        };
    }

    /** The text after the sequence number: "permit ip any any", "deny   10.0.0.0 0.255.255.255", "remark X". */
    public String body() {
        if (isRemark()) return "remark " + remark;
        StringBuilder sb = new StringBuilder(permit ? "permit " : "deny   ");
        if (protocol == null) {
            sb.append(src.standard());
        } else {
            sb.append(protocol).append(' ').append(src.extended());
            appendPort(sb, srcPort);
            sb.append(' ').append(dst.extended());
            appendPort(sb, dstPort);
            if (established) sb.append(" established");
            if (icmpType != null) sb.append(' ').append(icmpType);
        }
        if (log) sb.append(" log");
        return sb.toString();
    }

    private void appendPort(StringBuilder sb, PortMatch p) {
        if (p == null) return;
        sb.append(' ').append(p.op()).append(' ').append(Ports.name(protocol, p.low()));
        if (p.op().equals("range")) sb.append(' ').append(Ports.name(protocol, p.high()));
    }
}
