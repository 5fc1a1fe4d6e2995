package org.ikelab.cli;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.ikelab.common.Clock;
import org.ikelab.common.RandomSource;
import org.ikelab.config.RouterConfig;
import org.ikelab.config.StartupStore;
import org.ikelab.parse.CommandRegistry;
import org.ikelab.parse.Completer;
import org.ikelab.parse.ConfigCommands;
import org.ikelab.parse.ConfigLoader;
import org.ikelab.parse.ContextHelp;
import org.ikelab.parse.Interpreter;
import org.ikelab.parse.LineMatcher;
import org.ikelab.parse.Mode;
import org.ikelab.parse.Modes;

/**
 * One console session on a router, independent of any terminal library: it takes a typed line,
 * a {@code ?}, a Tab or Ctrl-Z and returns the text the screen shows. The jline console and
 * the piped console (and later telnet) only move these strings.
 */
public final class CliSession {
    private static final DateTimeFormatter LOG_STAMP =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String MORE = " --More-- ";
    private static final String MORE_ERASE = "\b".repeat(10) + " ".repeat(10) + "\b".repeat(10);

    private final Clock clock;
    private final RandomSource random;
    private final StartupStore startup;
    private final CommandRegistry registry = new CommandRegistry();
    private final LineMatcher matcher = LineMatcher.get();
    private final ContextHelp help = new ContextHelp(matcher);
    private final Completer completer = new Completer(matcher);
    /** IOS keeps one command history for EXEC and one for configuration modes (10 lines each). */
    private final List<String> execHistory = new ArrayList<>();
    private final List<String> configHistory = new ArrayList<>();
    private static final int HISTORY_SIZE = 10;
    private final java.util.Map<Integer, ShowProvider> shows = new java.util.HashMap<>();
    private final long bootMillis;
    private RouterConfig config;
    private String bootHostname;
    private Interpreter interp;
    private int length = 24;
    private int width = 80;
    private boolean monitor;
    private boolean ended;
    private Consumer<String> question;
    private boolean hidden;
    private String questionPrompt;
    private List<String> pending;   // output still to page through after --More--
    private final org.ikelab.lab.RouterNode node;
    private String by = "console";
    private boolean vty;
    private Screen screen = new Screen() {
        @Override public void print(String text) { }
        @Override public void log(String line) { }
    };
    private Job job;
    private boolean inCommand;
    private final StringBuilder early = new StringBuilder();
    private final List<String> earlyLogs = new ArrayList<>();
    private final Consumer<String> logListener = this::onLog;

    /**
     * Where text goes that appears outside an answer to a key: the rest of a running ping or
     * traceroute ({@link #busy()}), and console log lines. Called on the router's thread.
     */
    public interface Screen {
        /** Output of a running command; when it ends the text ends with the next prompt. */
        void print(String text);

        /** A log line arrived while the user was at a prompt: print it and then the prompt and typed text again. */
        void log(String line);
    }

    /**
     * A command that takes time (ping, traceroute): its output arrives through {@link #print}
     * while the router's loop keeps running, and {@link #finish} shows the next prompt.
     */
    public final class Job {
        private Job() {
        }

        public void print(String text) {
            if (job != this) return;
            if (inCommand) early.append(text);
            else screen.print(text);
        }

        public void finish(String text) {
            if (job != this) return;
            job = null;
            if (inCommand) early.append(text);
            else screen.print(text + (ended ? "" : prompt()));
        }
    }

    public CliSession(RouterConfig config, StartupStore startup, Clock clock, RandomSource random) {
        this.config = config;
        this.startup = startup;
        this.clock = clock;
        this.random = random;
        this.bootMillis = clock.wallMillis();
        this.node = null;
        ConfigCommands.register(registry);
        ExecCommands.register(registry, this);
        onShow(org.ikelab.parse.gen.IosParser.RULE_show_crypto_what,
                (ctx, session) -> ShowCrypto.lines(session.config().crypto(), (org.ikelab.parse.gen.IosParser.Show_crypto_whatContext) ctx));
        RuntimeCommands.register(registry, this);
        org.ikelab.cli.crypto.CryptoExecCommands.register(registry, () -> null, new org.ikelab.cli.crypto.CryptoDebug(line -> { }));
        this.interp = newInterpreter();
    }

    /**
     * A session on a running router of a lab (its console, or a vty): the configuration is the
     * node's, accepted configuration commands are applied to the router, runtime commands
     * (ping, traceroute, show ip route, ...) run against it. {@code by} names the line in
     * {@code %SYS-5-CONFIG_I} ("console", "vty0 (127.0.0.1)"); log lines reach a vty only after
     * {@code terminal monitor}. Every method must be called on the node's scheduler thread.
     */
    public CliSession(org.ikelab.lab.RouterNode node, String by, boolean vty) {
        this.node = node;
        this.config = node.config();
        this.startup = node.startup();
        this.clock = node.scheduler().clock();
        this.random = node.random();
        this.bootMillis = clock.wallMillis();
        this.by = by;
        this.vty = vty;
        ConfigCommands.register(registry);
        ExecCommands.register(registry, this);
        onShow(org.ikelab.parse.gen.IosParser.RULE_show_crypto_what,
                (ctx, session) -> ShowCrypto.lines(session.config().crypto(), (org.ikelab.parse.gen.IosParser.Show_crypto_whatContext) ctx));
        RuntimeCommands.register(registry, this);
        org.ikelab.cli.crypto.CryptoExecCommands.register(registry, node);
        this.interp = newInterpreter();
        node.addLogListener(logListener);
    }

    /** An interpreter at user EXEC whose commands ask their questions on this console. */
    private Interpreter newInterpreter() {
        Interpreter i = new Interpreter(config, registry, clock, random, Modes.EXEC_USER);
        i.questions((p, secret, a) -> {
            Consumer<String> take = line -> a.take(line, this::printed);
            if (secret) askHidden(p, take);
            else ask(p, take);
        });
        return i;
    }

    /** The lab node this session runs on, or null for a stand-alone console. */
    public org.ikelab.lab.RouterNode node() {
        return node;
    }

    /** Where asynchronous output goes (set by the console before the first key). */
    public void screen(Screen s) {
        this.screen = s;
    }

    /** True while a ping or traceroute runs: the console holds typed lines until it is done. */
    public boolean busy() {
        return job != null;
    }

    /**
     * The escape sequence (Ctrl-^, Ctrl-Shift-6) during a ping or traceroute: the console stops
     * showing it and gives the prompt back; what the router still has in flight is dropped.
     */
    public void abort() {
        if (job == null) return;
        job = null;
        screen.print("\n" + prompt());
    }

    /** Starts a command that finishes later (see {@link Job}). */
    Job startJob() {
        job = new Job();
        return job;
    }

    /** Leaves the session: no more log lines. */
    public void close() {
        if (node != null) node.removeLogListener(logListener);
        job = null;
    }

    private void onLog(String line) {
        if (vty && !monitor) return;
        if (vty && node != null) node.logBuffer().monitorDelivered(line);
        if (inCommand) earlyLogs.add(line);
        else screen.log(line);
    }

    /** A router loaded from its startup-config (bad lines are reported on the returned text). */
    public static CliSession boot(String hostname, StartupStore startup, Clock clock, RandomSource random, List<String> report) {
        RouterConfig cfg = new RouterConfig();
        if (hostname != null) cfg.hostname(hostname);
        CliSession s = new CliSession(cfg, startup, clock, random);
        s.bootHostname = hostname;
        s.loadStartup(report);
        return s;
    }

    /**
     * Adds a {@code show} command: {@code rule} is the grammar rule the EXEC {@code show_what}
     * rule reaches it through (e.g. {@code IosParser.RULE_show_crypto_what}); the provider
     * returns the output lines, and every output modifier ({@code | include} ...) applies.
     */
    public void onShow(int rule, ShowProvider provider) {
        shows.put(rule, provider);
    }

    ShowProvider show(int rule) {
        return shows.get(rule);
    }

    // ---- state the exec commands use ----

    /** The running configuration of the router this session is on. */
    public RouterConfig config() { return config; }

    /** The clock the session's log stamps and uptime come from. */
    public Clock clockSource() { return clock; }
    Interpreter interpreter() { return interp; }
    StartupStore startup() { return startup; }
    Clock clock() { return clock; }
    long bootMillis() { return bootMillis; }
    /** The configuration-mode or the EXEC history. */
    List<String> history(boolean config) { return config ? configHistory : execHistory; }
    void length(int n) { length = n; }
    void width(int n) { width = n; }
    int length() { return length; }
    int width() { return width; }
    /** A telnet (vty) session rather than the console. */
    boolean isVty() { return vty; }

    /** The vty number in {@code by} ("vty0 (127.0.0.1)"). */
    int vtyNumber() {
        int i = 3;
        while (i < by.length() && Character.isDigit(by.charAt(i))) i++;
        return i > 3 && by.startsWith("vty") ? Integer.parseInt(by.substring(3, i)) : 0;
    }

    /** The far end of a vty session ({@code by} without "vtyN (" and ")"). */
    String peerHost() {
        int open = by.indexOf('(');
        int close = by.lastIndexOf(')');
        return open >= 0 && close > open ? by.substring(open + 1, close) : "";
    }
    void monitor(boolean on) { monitor = on; }
    boolean monitor() { return monitor; }
    void end() { ended = true; }

    void ask(String prompt, Consumer<String> answer) {
        questionPrompt = prompt;
        question = answer;
        hidden = false;
    }

    /** A question whose answer is not echoed (a password). */
    void askHidden(String prompt, Consumer<String> answer) {
        ask(prompt, answer);
        hidden = true;
    }

    /** True while a question ({@code [confirm]}, extended ping) waits for the next line. */
    public boolean asking() {
        return question != null;
    }

    /** False while the user types a password: the console must not echo the keys. */
    public boolean echo() {
        return question == null || !hidden;
    }

    void loadStartup(List<String> report) {
        if (node != null) {
            report.addAll(node.boot());
            config = node.config();
            org.ikelab.config.crypto.RsaKeyStore.load(startup, config.crypto(), report);
            return;
        }
        try {
            startup.read().ifPresent(text -> {
                for (ConfigLoader.Problem p : ConfigLoader.load(text, config, registry, clock, random)) report.add(p.toString());
                org.ikelab.config.StartupInterfaces.apply(text, config);
            });
        } catch (IOException e) {
            report.add("%Error opening nvram:/startup-config (" + e.getMessage() + ")");
        }
        org.ikelab.config.crypto.RsaKeyStore.load(startup, config.crypto(), report);
        config.lastChangeMillis(-1);
    }

    /**
     * Another session of this router reloaded it: the node has a new running configuration. Like
     * every line after an IOS reload, this one starts again in user EXEC, on the new configuration.
     */
    private void followReload() {
        if (node == null || node.config() == config) return;
        config = node.config();
        interp = new Interpreter(config, registry, clock, random, Modes.EXEC_USER);
    }

    /** A telnet line of a router whose config has a {@code line vty} block: IOS's vty rules apply (enable needs a password). */
    boolean configuredVty() {
        org.ikelab.config.LineConfig l = config.lines().get("vty");
        return vty && l != null && l.configured();
    }

    /** Replaces the running configuration with the startup-config and returns to user EXEC. */
    void reload(List<String> report) {
        if (node != null) {
            report.addAll(node.boot());
            config = node.config();
            org.ikelab.config.crypto.RsaKeyStore.load(startup, config.crypto(), report);
            interp = newInterpreter();
            return;
        }
        config = new RouterConfig();
        if (bootHostname != null) config.hostname(bootHostname);
        interp = newInterpreter();
        loadStartup(report);
    }

    // ---- screen interface ----

    /** True once the user has left (exit/logout in EXEC). */
    public boolean ended() {
        return ended;
    }

    public Mode mode() {
        return interp.mode();
    }

    /** The prompt now: the router prompt, a question, or nothing while a banner is being typed. */
    public String prompt() {
        followReload();
        if (pending != null) return "";
        if (question != null) return questionPrompt;
        if (interp.collecting()) return "";
        return interp.mode().prompt(config.hostname());
    }

    /** What the screen shows when the session opens: the banner, then the prompt. */
    public String open() {
        StringBuilder sb = new StringBuilder();
        if (config.bannerMotd() != null) sb.append(config.bannerMotd()).append('\n');
        sb.append('\n').append(prompt());
        return sb.toString();
    }

    /** True while output waits at {@code --More--} for a key. */
    public boolean paging() {
        return pending != null;
    }

    /**
     * The user pressed Enter on a line. Returns what the screen shows after the echoed line:
     * the output and the next prompt (or a {@code --More--} prompt).
     */
    public String enter(String line) {
        followReload();
        inCommand = true;
        try {
            return enterNow(line);
        } finally {
            inCommand = false;
        }
    }

    private String enterNow(String line) {
        List<String> out = new ArrayList<>();
        if (question != null) {
            Consumer<String> q = question;
            question = null;
            questionPrompt = null;
            q.accept(line);
            // Handlers print into out through printed(); collect what they left.
            out.addAll(drainPrinted());
            if (node != null && interp.mode().isConfig()) node.configChanged();
        } else {
            runLine(line, out);
        }
        return page(out);
    }

    private final List<String> printed = new ArrayList<>();

    /** Output produced outside a command's own list (question answers). */
    void printed(String line) {
        printed.add(line);
    }

    private List<String> drainPrinted() {
        List<String> l = new ArrayList<>(printed);
        printed.clear();
        return l;
    }

    private void runLine(String line, List<String> out) {
        Mode before = interp.mode();
        boolean collecting = interp.collecting();
        String promptBefore = prompt();
        // "!" starts a comment line, as in a config file: pasted configs are full of them.
        if (!collecting && line.strip().startsWith("!")) return;
        if (!collecting && !line.isBlank()) {
            List<String> history = history(before.isConfig());
            history.add(line.strip());
            if (history.size() > HISTORY_SIZE) history.remove(0);
        }
        interp.execute(line, promptBefore.length(), out);
        out.addAll(drainPrinted());
        if (node != null && before.isConfig()) node.configChanged();
        if (before.isConfig() && !interp.mode().isConfig() && question == null) configLog(out);
    }

    void configLog(List<String> out) {
        if (node != null) {
            node.logMessage("%SYS-5-CONFIG_I: Configured from console by " + by);
            return;
        }
        out.add("*" + LOG_STAMP.format(Instant.ofEpochMilli(clock.wallMillis())) + ": %SYS-5-CONFIG_I: Configured from console by console");
    }

    /**
     * Ctrl-Z: {@code ^Z} is echoed, the line typed so far (if any) is executed, then any
     * configuration mode is left as with {@code end}.
     */
    public String ctrlZ(String typed) {
        inCommand = true;
        try {
            return ctrlZNow(typed);
        } finally {
            inCommand = false;
        }
    }

    private String ctrlZNow(String typed) {
        List<String> out = new ArrayList<>();
        if (!interp.mode().isConfig()) return "^Z\n" + page(out);
        if (!typed.isBlank()) runLine(typed, out);
        if (interp.mode().isConfig() && question == null) {
            interp.resetTo(Modes.EXEC);
            configLog(out);
        }
        return "^Z\n" + page(out);
    }

    /** {@code ?} pressed after {@code typed}: the help block, a blank line, the prompt and the typed text again. */
    public String help(String typed) {
        followReload();
        List<String> out = new ArrayList<>();
        helpLines(typed, out);
        StringBuilder sb = new StringBuilder();
        for (String l : out) sb.append(l).append('\n');
        sb.append(prompt()).append(typed);
        return sb.toString();
    }

    private void helpLines(String typed, List<String> out) {
        Mode mode = interp.mode();
        // `do` runs an EXEC command: its help is the EXEC help of the rest of the line.
        String doRest = doRest(typed);
        int rule = doRest != null ? Modes.EXEC.rule() : mode.rule();
        String text = doRest != null ? doRest : typed;
        int shift = typed.length() - text.length();
        ContextHelp.Result r = help.help(text, rule);
        // Like typed lines, help walks up to the enclosing modes when the sub-mode knows nothing of it.
        for (Mode m = mode.parent(); doRest == null && mode.isSubMode() && m != null && m.isConfig()
                && (r instanceof ContextHelp.Result.Failed || r instanceof ContextHelp.Result.Unrecognized); m = m.parent()) {
            ContextHelp.Result up = help.help(text, m.rule());
            if (up instanceof ContextHelp.Result.Listing || up instanceof ContextHelp.Result.Completions) r = up;
        }
        if (typed.isBlank() && r instanceof ContextHelp.Result.Listing l) {
            out.add(mode.helpHeader());
            out.addAll(ContextHelp.format(l));
            out.add("");
            return;
        }
        switch (r) {
            case ContextHelp.Result.Listing l -> {
                out.addAll(ContextHelp.format(l));
                out.add("");
            }
            case ContextHelp.Result.Completions c -> {
                out.addAll(ContextHelp.format(c, width));
                out.add("");
            }
            case ContextHelp.Result.Unrecognized u -> {
                out.add("% Unrecognized command");
            }
            case ContextHelp.Result.Failed f -> {
                switch (f.failure()) {
                    case org.ikelab.parse.MatchResult.Invalid inv -> {
                        out.add(" ".repeat(prompt().length() + shift + inv.offset()) + "^");
                        out.add("% Invalid input detected at '^' marker.");
                        out.add("");
                    }
                    case org.ikelab.parse.MatchResult.Ambiguous a -> out.add("% Ambiguous command:  \"" + typed.strip() + "\"");
                    default -> out.add("% Incomplete command.");
                }
            }
        }
    }

    /** The text after a leading {@code do } in a configuration mode, or null. */
    private String doRest(String typed) {
        if (!interp.mode().isConfig()) return null;
        String t = typed.stripLeading();
        int sp = t.indexOf(' ');
        if (sp <= 0 || !"do".startsWith(t.substring(0, sp).toLowerCase(Locale.ROOT))) return null;
        return t.substring(sp + 1);
    }

    /** Tab: the completed line, or null when nothing completes (the caller re-displays prompt and text). */
    public String complete(String typed) {
        followReload();
        String rest = doRest(typed);
        if (rest != null) {
            String c = completer.complete(rest, Modes.EXEC.rule());
            return c == null ? null : typed.substring(0, typed.length() - rest.length()) + c;
        }
        String done = completer.complete(typed, interp.mode().rule());
        for (Mode m = interp.mode().parent(); done == null && interp.mode().isSubMode() && m != null && m.isConfig(); m = m.parent()) {
            done = completer.complete(typed, m.rule());
        }
        return done;
    }

    /** A key pressed at {@code --More--}: space = next page, Enter = one more line, anything else stops. */
    public String more(char key) {
        List<String> rest = pending;
        pending = null;
        if (rest == null) return "";
        StringBuilder sb = new StringBuilder(MORE_ERASE);
        if (key == ' ') return sb + page(rest);
        if (key == '\r' || key == '\n') {
            sb.append(rest.get(0)).append('\n');
            List<String> tail = rest.subList(1, rest.size());
            if (tail.isEmpty()) return sb + prompt();
            pending = new ArrayList<>(tail);
            return sb + MORE;
        }
        return sb + prompt();
    }

    private String page(List<String> out) {
        if (job != null) {
            // A ping or traceroute is running: its lines so far, log lines, then its partial line.
            StringBuilder sb = new StringBuilder();
            for (String l : out) sb.append(l).append('\n');
            for (String l : earlyLogs) sb.append(l).append('\n');
            earlyLogs.clear();
            sb.append(early);
            early.setLength(0);
            return sb.toString();
        }
        if (early.length() > 0 || !earlyLogs.isEmpty()) {
            // A command that finished while the line was handled, then log lines: all before the
            // prompt, so no log line is ever left after a prompt.
            out = new ArrayList<>(out);
            String e = early.toString();
            early.setLength(0);
            if (e.endsWith("\n")) e = e.substring(0, e.length() - 1);
            if (!e.isEmpty()) out.addAll(Arrays.asList(e.split("\n", -1)));
            out.addAll(earlyLogs);
            earlyLogs.clear();
        }
        StringBuilder sb = new StringBuilder();
        int max = length <= 0 ? Integer.MAX_VALUE : length - 1;
        if (out.size() > max) {
            for (int i = 0; i < max; i++) sb.append(out.get(i)).append('\n');
            pending = new ArrayList<>(out.subList(max, out.size()));
            return sb + MORE;
        }
        for (String l : out) sb.append(l).append('\n');
        if (ended) return sb.toString();
        return sb + prompt();
    }

    /** Runs a line and returns only its output lines (tests, labs). */
    public List<String> run(String line) {
        List<String> out = new ArrayList<>();
        runLine(line, out);
        return out;
    }

    CommandRegistry registry() {
        return registry;
    }

    RandomSource random() {
        return random;
    }
}
