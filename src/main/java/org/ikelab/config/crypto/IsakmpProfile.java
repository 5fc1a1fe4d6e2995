package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code crypto isakmp profile NAME}: selects keyrings and settings per remote identity.
 *
 * @param matches {@code match identity ...} arguments as nvgen'd after "match identity ", e.g.
 *     {@code address 192.168.123.2 255.255.255.255}, {@code host r2.lab}
 * @param virtualTemplate 0 = none
 */
public record IsakmpProfile(String name, String description, List<String> keyrings, List<Match> matches,
        String selfIdentity, String localAddress, int keepaliveSeconds, int keepaliveRetry, boolean initiateAggressive,
        int virtualTemplate, List<String> caTrustpoints) {
    public IsakmpProfile {
        keyrings = List.copyOf(keyrings);
        matches = List.copyOf(matches);
        caTrustpoints = List.copyOf(caTrustpoints);
    }

    /** One {@code match identity} statement. */
    public record Match(Kind kind, Ipv4 address, Ipv4 mask, String value) {
        public enum Kind { ADDRESS, HOST, HOST_DOMAIN, GROUP }

        public static Match address(Ipv4 a, Ipv4 m) {
            return new Match(Kind.ADDRESS, a, m == null ? Ipv4.HOST_MASK : m, null);
        }

        /** True when a peer with this address (and identity string) is selected by the statement. */
        public boolean matchesAddress(Ipv4 peer) {
            return kind == Kind.ADDRESS && address.covers(mask, peer);
        }

        String render() {
            return switch (kind) {
                case ADDRESS -> "   match identity address " + address + " " + mask + " ";
                case HOST -> "   match identity host " + value;
                case HOST_DOMAIN -> "   match identity host domain " + value;
                case GROUP -> "   match identity group " + value;
            };
        }
    }

    public static IsakmpProfile named(String name) {
        return new IsakmpProfile(name, null, List.of(), List.of(), null, null, 0, 0, false, 0, List.of());
    }

    public IsakmpProfile withDescription(String v) {
        return new IsakmpProfile(name, v, keyrings, matches, selfIdentity, localAddress, keepaliveSeconds,
                keepaliveRetry, initiateAggressive, virtualTemplate, caTrustpoints);
    }

    public IsakmpProfile withKeyrings(List<String> v) {
        return new IsakmpProfile(name, description, v, matches, selfIdentity, localAddress, keepaliveSeconds,
                keepaliveRetry, initiateAggressive, virtualTemplate, caTrustpoints);
    }

    public IsakmpProfile withMatches(List<Match> v) {
        return new IsakmpProfile(name, description, keyrings, v, selfIdentity, localAddress, keepaliveSeconds,
                keepaliveRetry, initiateAggressive, virtualTemplate, caTrustpoints);
    }

    public IsakmpProfile withSelfIdentity(String v) {
        return new IsakmpProfile(name, description, keyrings, matches, v, localAddress, keepaliveSeconds,
                keepaliveRetry, initiateAggressive, virtualTemplate, caTrustpoints);
    }

    public IsakmpProfile withLocalAddress(String v) {
        return new IsakmpProfile(name, description, keyrings, matches, selfIdentity, v, keepaliveSeconds,
                keepaliveRetry, initiateAggressive, virtualTemplate, caTrustpoints);
    }

    public IsakmpProfile withKeepalive(int seconds, int retry) {
        return new IsakmpProfile(name, description, keyrings, matches, selfIdentity, localAddress, seconds, retry,
                initiateAggressive, virtualTemplate, caTrustpoints);
    }

    public IsakmpProfile withInitiateAggressive(boolean v) {
        return new IsakmpProfile(name, description, keyrings, matches, selfIdentity, localAddress, keepaliveSeconds,
                keepaliveRetry, v, virtualTemplate, caTrustpoints);
    }

    public IsakmpProfile withVirtualTemplate(int v) {
        return new IsakmpProfile(name, description, keyrings, matches, selfIdentity, localAddress, keepaliveSeconds,
                keepaliveRetry, initiateAggressive, v, caTrustpoints);
    }

    public IsakmpProfile withCaTrustpoints(List<String> v) {
        return new IsakmpProfile(name, description, keyrings, matches, selfIdentity, localAddress, keepaliveSeconds,
                keepaliveRetry, initiateAggressive, virtualTemplate, v);
    }

    /** True when one of the match statements selects {@code peer} by address. */
    public boolean matchesPeer(Ipv4 peer) {
        return matches.stream().anyMatch(m -> m.matchesAddress(peer));
    }

    /** Running-config block, children indented three spaces in IOS order. */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto isakmp profile " + name);
        if (description != null) out.add("   description " + description);
        for (String tp : caTrustpoints) out.add("   ca trust-point " + tp);
        for (String k : keyrings) out.add("   keyring " + k);
        if (selfIdentity != null) out.add("   self-identity " + selfIdentity);
        for (Match m : matches) out.add(m.render());
        if (localAddress != null) out.add("   local-address " + localAddress);
        if (keepaliveSeconds > 0) out.add("   keepalive " + keepaliveSeconds + " retry " + keepaliveRetry);
        if (initiateAggressive) out.add("   initiate mode aggressive");
        if (virtualTemplate > 0) out.add("   virtual-template " + virtualTemplate);
        return out;
    }
}
