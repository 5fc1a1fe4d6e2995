package org.ikelab.config;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes the running-config as IOSv 15.9 does (reference §3): fixed boilerplate, sections in
 * IOS order separated by {@code !} lines, children indented one space, defaults hidden, and the
 * trailing spaces IOS leaves. The crypto sections come from {@code CryptoConfig} at fixed places:
 * PKI after {@code multilink bundle-name authenticated} and its two {@code !}; IKEv2, IKEv1 and
 * IPsec, in that order, after the seven separator lines that follow {@code redundancy}
 * ({@code !}, {@code !}, {@code !␠}, {@code !}, {@code !}, {@code !}, {@code !}) and before the
 * five {@code !} lines that precede the first interface.
 */
public final class RunningConfigRenderer {
    private RunningConfigRenderer() {}

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' EEE MMM d yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The body of the configuration, from the first {@code !} to {@code end}. */
    public static List<String> body(RouterConfig c) {
        List<String> o = new ArrayList<>();
        o.add("!");
        if (c.lastChangeMillis() >= 0) {
            o.add("! Last configuration change at " + STAMP.format(Instant.ofEpochMilli(c.lastChangeMillis())));
            if (c.savedMillis() >= 0) o.add("! NVRAM config last updated at " + STAMP.format(Instant.ofEpochMilli(c.savedMillis())));
            o.add("!");
        }
        o.add("version 15.9");
        o.add("service timestamps debug datetime msec");
        o.add("service timestamps log datetime msec");
        o.add(c.passwordEncryption() ? "service password-encryption" : "no service password-encryption");
        o.add("!");
        o.add("hostname " + c.hostname());
        o.add("!");
        o.add("boot-start-marker");
        o.add("boot-end-marker");
        o.add("!");
        o.add("!");
        if (c.logging().bufferedLine() != null) o.add(c.logging().bufferedLine());
        if (c.enableSecret() != null) o.add("enable secret " + c.enableSecret().type() + " " + c.enableSecret().value());
        if (c.enablePassword() != null) o.add("enable password " + secret(c.enablePassword()));
        o.add("!");
        o.add(c.aaaNewModel() ? "aaa new-model" : "no aaa new-model");
        o.add("!");
        o.add("!");
        o.add("!");
        o.add("mmi polling-interval 60");
        o.add("no mmi auto-configure");
        o.add("no mmi pvc");
        o.add("mmi snmp-timeout 180");
        for (int i = 0; i < 5; i++) o.add("!");
        if (!c.domainLookup()) o.add("no ip domain lookup");
        if (c.domainName() != null) o.add("ip domain name " + c.domainName());
        // [recalled] IOS 15 writes the host table right after the domain name, before ip cef.
        for (Map.Entry<String, List<String>> h : c.hosts().entrySet()) o.add("ip host " + h.getKey() + " " + String.join(" ", h.getValue()));
        o.add("ip cef");
        o.add("no ipv6 cef");
        o.add("!");
        o.add("multilink bundle-name authenticated");
        o.add("!");
        o.add("!");
        c.crypto().renderPki(o);
        o.add("!");
        for (User u : c.users().values()) o.add(user(u));
        o.add("!");
        o.add("redundancy");
        // IOS places the IKEv2/IKEv1/IPsec objects among the separators between redundancy and
        // the first interface; the crypto renderer writes that whole region, separators included.
        c.crypto().renderRedundancyToInterfaces(o);
        for (InterfaceConfig i : c.interfaceBlocks()) {
            interfaceBlock(i, o);
            o.add("!");
        }
        for (RoutingProcess p : c.routing().values()) {
            o.add(p.header());
            for (String n : p.networks()) o.add(" network " + n);
            o.add("!");
        }
        o.add("ip forward-protocol nd");
        o.add("!");
        o.add("!");
        o.add(c.httpServer() ? "ip http server" : "no ip http server");
        o.add(c.httpSecureServer() ? "ip http secure-server" : "no ip http secure-server");
        for (StaticRoute r : sortedRoutes(c)) o.add(route(r));
        o.add("!");
        for (Acl a : c.acls().values()) {
            if (a.isNumbered()) continue;
            o.add("ip access-list " + (a.standard() ? "standard " : "extended ") + a.name());
            for (AclEntry e : a.entries()) o.add(" " + e.body());
            o.add("!");
        }
        if (c.logging().trapLine() != null) o.add(c.logging().trapLine());
        for (String h : c.loggingHosts()) o.add("logging host " + h);
        o.add("!");
        o.add("!");
        for (Acl a : numberedSorted(c)) {
            for (AclEntry e : a.entries()) o.add("access-list " + a.name() + " " + e.body());
        }
        o.add("!");
        o.add("control-plane");
        o.add("!");
        if (c.bannerMotd() != null) {
            o.add("banner motd ^C" + c.bannerMotd() + "^C");
            o.add("!");
        }
        for (LineConfig l : c.lineBlocks()) lineBlock(l, c, o);
        o.add("!");
        o.add("no scheduler allocate");
        o.add("!");
        o.add("end");
        return o;
    }

    /** What {@code show running-config} prints. */
    public static String render(RouterConfig c) {
        List<String> body = body(c);
        String text = String.join("\n", body) + "\n";
        return "Building configuration...\n\nCurrent configuration : " + text.getBytes(StandardCharsets.UTF_8).length
                + " bytes\n" + text;
    }

    private static List<Acl> numberedSorted(RouterConfig c) {
        List<Acl> l = new ArrayList<>();
        for (Acl a : c.acls().values()) if (a.isNumbered()) l.add(a);
        l.sort((x, y) -> Long.compare(Long.parseLong(x.name()), Long.parseLong(y.name())));
        return l;
    }

    private static List<StaticRoute> sortedRoutes(RouterConfig c) {
        List<StaticRoute> l = new ArrayList<>(c.routes());
        l.sort((a, b) -> {
            int x = Long.compare(Ipv4.parse(a.prefix()), Ipv4.parse(b.prefix()));
            return x != 0 ? x : Long.compare(Ipv4.parse(b.mask()), Ipv4.parse(a.mask()));
        });
        return l;
    }

    static String secret(Secret s) {
        return s.type() == 0 ? s.value() : s.type() + " " + s.value();
    }

    private static String user(User u) {
        StringBuilder sb = new StringBuilder("username ").append(u.name());
        if (u.privilege() >= 0) sb.append(" privilege ").append(u.privilege());
        if (u.secret() != null) sb.append(" secret ").append(u.secret().type()).append(' ').append(u.secret().value());
        else if (u.password() != null) sb.append(" password ").append(u.password().type()).append(' ').append(u.password().value());
        return sb.toString();
    }

    private static String route(StaticRoute r) {
        StringBuilder sb = new StringBuilder("ip route ").append(r.prefix()).append(' ').append(r.mask());
        if (r.iface() != null) sb.append(' ').append(r.iface());
        if (r.nextHop() != null) sb.append(' ').append(r.nextHop());
        if (r.distance() != 1) sb.append(' ').append(r.distance());
        if (r.name() != null) sb.append(" name ").append(r.name());
        if (r.permanent()) sb.append(" permanent");
        return sb.toString();
    }

    /** What {@code show running-config interface X} prints. */
    public static String renderInterface(InterfaceConfig i) {
        List<String> o = new ArrayList<>();
        o.add("!");
        interfaceBlock(i, o);
        o.add("end");
        String text = String.join("\n", o) + "\n";
        return "Building configuration...\n\nCurrent configuration : " + text.getBytes(StandardCharsets.UTF_8).length
                + " bytes\n" + text + "\n";
    }

    private static void interfaceBlock(InterfaceConfig i, List<String> o) {
        o.add("interface " + i.name() + (i.name().type() == IfType.VIRTUAL_TEMPLATE ? " type tunnel" : ""));
        if (i.description() != null) o.add(" description " + i.description());
        if (i.dot1q() != null) o.add(" encapsulation dot1Q " + i.dot1q());
        if (i.unnumbered() != null) o.add(" ip unnumbered " + i.unnumbered());
        else if (i.address() != null) o.add(" ip address " + i.address() + " " + i.mask());
        else o.add(" no ip address");
        if (i.aclIn() != null) o.add(" ip access-group " + i.aclIn() + " in");
        if (i.aclOut() != null) o.add(" ip access-group " + i.aclOut() + " out");
        if (!i.icmp().redirects()) o.add(" no ip redirects");
        if (!i.icmp().unreachables()) o.add(" no ip unreachables");
        if (!i.icmp().proxyArp()) o.add(" no ip proxy-arp");
        if (i.mtu() != 0) o.add(" ip mtu " + i.mtu());
        if (i.adjustMss() != 0) o.add(" ip tcp adjust-mss " + i.adjustMss());
        if (i.shutdown()) o.add(" shutdown");
        if (i.isTunnel()) {
            if (i.tunnelSourceInterface() != null) o.add(" tunnel source " + i.tunnelSourceInterface());
            else if (i.tunnelSourceAddress() != null) o.add(" tunnel source " + i.tunnelSourceAddress());
            if (i.tunnelMode() != TunnelMode.GRE_IP) o.add(" tunnel mode " + i.tunnelMode().ios());
            if (i.tunnelDestination() != null) o.add(" tunnel destination " + i.tunnelDestination());
            if (i.tunnelKey() != null) o.add(" tunnel key " + i.tunnelKey());
            if (i.tunnelProtectionProfile() != null) o.add(" tunnel protection ipsec profile " + i.tunnelProtectionProfile());
        }
        if (i.isPhysical()) {
            o.add(" duplex " + i.duplex());
            o.add(" speed " + i.speed());
            o.add(" media-type rj45");
        }
        if (i.cryptoMap() != null) o.add(" crypto map " + i.cryptoMap());
    }

    private static void lineBlock(LineConfig l, RouterConfig c, List<String> o) {
        o.add(l.header());
        if (l.execTimeout() != LineConfig.DEFAULT_EXEC_TIMEOUT) {
            int m = l.execTimeout() / 60;
            int s = l.execTimeout() % 60;
            o.add(" exec-timeout " + m + " " + s);
        }
        if (l.loggingSynchronous()) o.add(" logging synchronous");
        if (l.password() != null) o.add(" password " + secret(l.password()));
        if (l.login()) o.add(l.loginLocal() ? " login local" : " login");
        else if (l.isVty()) o.add(" no login");
        if (l.transportInput() != null) o.add(" transport input " + l.transportInput());
    }
}
