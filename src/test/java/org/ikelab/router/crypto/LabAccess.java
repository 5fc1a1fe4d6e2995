package org.ikelab.router.crypto;

/** Opens the §6.1 test lab to tests of other packages (the CLI transcripts). */
public final class LabAccess {
    private final CryptoLab lab;

    private LabAccess(CryptoLab lab) {
        this.lab = lab;
    }

    public static LabAccess classic() {
        return new LabAccess(CryptoLab.classic());
    }

    public static LabAccess siteToSite(String r1Transforms, String r2Transforms) {
        return new LabAccess(CryptoLab.siteToSite(CryptoLab.r1(r1Transforms, ""), CryptoLab.r2(r2Transforms, "")));
    }

    public String ping(String from, String to) {
        return lab.ping(from, to);
    }

    public CryptoEngine engine(String router) {
        return lab.engine(router);
    }

    public org.ikelab.config.RouterConfig config(String router) {
        return lab.configs.get(router);
    }

    public org.ikelab.common.VirtualScheduler scheduler() {
        return lab.sched;
    }

    /** Pulls (false) or plugs (true) the cable {@code index} (0 H1-R1, 1 R1-R2, 2 R2-H2), then lets a second pass. */
    public void cable(int index, boolean plugged) {
        lab.links.get(index).setUp(plugged);
        lab.advance(java.time.Duration.ofSeconds(1));
    }

    public java.util.List<String> log(String router) {
        return lab.logs.get(router);
    }
}
