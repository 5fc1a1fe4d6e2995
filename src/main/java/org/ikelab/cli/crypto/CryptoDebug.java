package org.ikelab.cli.crypto;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.ikelab.cli.show.crypto.CryptoDebugMessages;
import org.ikelab.router.crypto.CryptoEngine;

/**
 * The {@code debug crypto} switches of one router and the bridge that turns its engine's IKE
 * events into IOS debug lines on the console ({@code sink}, stamped by the router log).
 */
public final class CryptoDebug {
    private final Set<CryptoDebugMessages.Flag> flags = EnumSet.noneOf(CryptoDebugMessages.Flag.class);
    private final Consumer<String> sink;
    private CryptoEngine engine;

    /** {@code sink} receives each debug line (the router's console log). */
    public CryptoDebug(Consumer<String> sink) {
        this.sink = sink;
    }

    /** The engine whose events are shown (null detaches). */
    public void attach(CryptoEngine e) {
        if (engine != null) engine.observe(null);
        engine = e;
        update();
    }

    Set<CryptoDebugMessages.Flag> flags() {
        return EnumSet.copyOf(flags.isEmpty() ? EnumSet.noneOf(CryptoDebugMessages.Flag.class) : flags);
    }

    void set(CryptoDebugMessages.Flag f, boolean on) {
        if (on) flags.add(f);
        else flags.remove(f);
        update();
    }

    void allOff() {
        flags.clear();
        update();
    }

    private void update() {
        if (engine == null) return;
        boolean isakmp = flags.contains(CryptoDebugMessages.Flag.ISAKMP);
        boolean ipsec = flags.contains(CryptoDebugMessages.Flag.IPSEC);
        engine.observe(isakmp || ipsec ? new IsakmpDebugBridge(engine, isakmp, ipsec, sink) : null);
    }
}
