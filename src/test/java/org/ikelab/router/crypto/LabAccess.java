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

    public java.util.List<String> log(String router) {
        return lab.logs.get(router);
    }
}
