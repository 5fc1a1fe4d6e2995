package org.ikelab.lab;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.ikelab.common.RandomSource;
import org.ikelab.common.Scheduler;
import org.ikelab.config.RouterConfig;
import org.ikelab.config.StartupStore;
import org.ikelab.config.crypto.RsaKeyStore;
import org.ikelab.config.apply.ConfigApplier;
import org.ikelab.parse.ConfigLoader;
import org.ikelab.router.AclRuntime;
import org.ikelab.router.Router;

/**
 * One router of a lab: its event loop ({@link Scheduler}), data plane ({@link Router}), running
 * configuration, NVRAM ({@link StartupStore}), the applier that keeps the router in line with the
 * configuration, and the registered {@link NodeFeature}s.
 *
 * <p>Threading (decision 1): everything here except {@link #name()}, {@link #scheduler()} and the
 * log-listener registration must be called on {@link #scheduler()}'s thread. Consoles post their
 * work there.
 */
public final class RouterNode {
    private final String name;
    private final Scheduler scheduler;
    private final Router router;
    private final StartupStore startup;
    private final RandomSource random;
    private final ConfigApplier applier;
    private final List<NodeFeature> features = new ArrayList<>();
    private final List<Consumer<String>> logListeners = new CopyOnWriteArrayList<>();
    private RouterConfig config;
    private static final List<java.util.function.Function<RouterNode, NodeFeature>> FACTORIES = new CopyOnWriteArrayList<>();
    /** Log lines emitted before any console listened (the boot messages), shown when the first console opens. */
    private final List<String> bootLog = new ArrayList<>();
    private static final int MAX_BOOT_LOG = 200;
    private final LogBuffer logBuffer = new LogBuffer();
    private final SyslogClient syslog;

    public RouterNode(String name, Scheduler scheduler, StartupStore startup, RandomSource random) {
        this.name = name;
        this.scheduler = scheduler;
        this.startup = startup;
        this.random = random;
        this.router = new Router(name, scheduler);
        // IOS drops the packet that triggers ARP, so a first ping shows ".!!!!".
        router.setArpQueueLimit(0);
        router.setLogListener(this::log);
        this.syslog = new SyslogClient(router, scheduler, random);
        this.applier = new ConfigApplier(router);
        this.config = freshConfig();
        for (var f : FACTORIES) features.add(f.apply(this));
    }

    /**
     * Makes every node created from now on carry the feature {@code factory} builds (called in the
     * node's constructor, before boot; the feature sees the startup-config through configChanged).
     */
    public static void addFeatureFactory(java.util.function.Function<RouterNode, NodeFeature> factory) {
        FACTORIES.add(factory);
    }

    public String name() { return name; }
    public Scheduler scheduler() { return scheduler; }
    public Router router() { return router; }
    public StartupStore startup() { return startup; }
    public RandomSource random() { return random; }

    /** The running configuration; {@link #replaceConfig} swaps it on {@code reload}. */
    public RouterConfig config() { return config; }

    /** The access lists as the data plane runs them (with their match counters), by name. */
    public Map<String, AclRuntime> acls() {
        return applier.acls();
    }

    /**
     * Loads the startup-config (if any) into a fresh running configuration and applies it to the
     * router once. Returns IOS's messages for rejected lines ({@code line N: ...}).
     */
    public List<String> boot() {
        List<String> report = new ArrayList<>();
        RouterConfig cfg = freshConfig();
        try {
            startup.read().ifPresent(text -> {
                for (ConfigLoader.Problem p : ConfigLoader.load(text, cfg, scheduler.clock(), random)) report.add(p.toString());
                org.ikelab.config.StartupInterfaces.apply(text, cfg);
            });
        } catch (IOException e) {
            report.add("%Error opening nvram:/startup-config (" + e.getMessage() + ")");
        }
        // RSA key pairs live in private NVRAM, not in the startup-config; a router has them from boot.
        RsaKeyStore.load(startup, cfg.crypto(), report);
        cfg.lastChangeMillis(-1);
        config = cfg;
        apply("NVRAM");
        return report;
    }

    /** {@code reload}: the CLI has built a new running configuration; apply it. */
    public void replaceConfig(RouterConfig cfg) {
        config = cfg;
        apply("NVRAM");
    }

    /** After every accepted configuration command: apply the difference, then tell the features. */
    public void configChanged() {
        apply("manual");
    }

    private void apply(String method) {
        applier.apply(config, method);
        logBuffer.configure(config.logging());
        syslog.hosts(config.loggingHosts());
        for (NodeFeature f : features) f.configChanged(config);
    }

    // ------------------------------------------------------------ features

    /** Registers a feature and gives it the current configuration at once. */
    public void addFeature(NodeFeature f) {
        features.add(f);
        f.configChanged(config);
    }

    /** The registered feature of this type, if any (the CLI's typed lookup for runtime state). */
    public <T extends NodeFeature> Optional<T> feature(Class<T> type) {
        for (NodeFeature f : features) if (type.isInstance(f)) return Optional.of(type.cast(f));
        return Optional.empty();
    }

    public List<NodeFeature> features() {
        return List.copyOf(features);
    }

    // ------------------------------------------------------------ console log

    /**
     * Receives every console log line ({@code *Mon dd hh:mm:ss.mmm: %LINK-3-UPDOWN: ...}), from
     * the router and from {@link #log}. Called on the node's thread.
     */
    public void addLogListener(Consumer<String> l) {
        logListeners.add(l);
    }

    public void removeLogListener(Consumer<String> l) {
        logListeners.remove(l);
    }

    /** {@code show logging}'s counts and buffer. */
    public LogBuffer logBuffer() {
        return logBuffer;
    }

    /** Lines sent to each {@code logging host}, in configuration order. */
    public java.util.Map<String, Long> syslogSent() {
        return syslog.sentPerHost();
    }

    /** Emits a log line that already carries its stamp. */
    private void log(String stampedLine) {
        if (logBuffer.add(stampedLine)) syslog.send(stampedLine, LogBuffer.severityOf(stampedLine));
        if (logListeners.isEmpty()) {
            if (bootLog.size() < MAX_BOOT_LOG) bootLog.add(stampedLine);
            return;
        }
        for (Consumer<String> l : logListeners) l.accept(stampedLine);
    }

    /** The log lines nobody saw yet (boot messages), once: the first console prints them. */
    public List<String> takeBootLog() {
        List<String> l = List.copyOf(bootLog);
        bootLog.clear();
        return l;
    }

    /** Emits a log message with the IOS stamp (features use it for %CRYPTO-... lines). */
    public void logMessage(String message) {
        router.log(message);
    }

    /** Stops the features; the lab closes links and schedulers. */
    public void close() {
        for (NodeFeature f : features) {
            f.close();
        }
    }

    private RouterConfig freshConfig() {
        RouterConfig c = new RouterConfig();
        c.hostname(name);
        return c;
    }
}
