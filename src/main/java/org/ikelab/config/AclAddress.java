package org.ikelab.config;

/** An ACL address and wildcard; {@code any} is 0.0.0.0 255.255.255.255, {@code host A} is A 0.0.0.0. */
public record AclAddress(String address, String wildcard) {
    public static final AclAddress ANY = new AclAddress("0.0.0.0", "255.255.255.255");

    public static AclAddress host(String a) {
        return new AclAddress(a, "0.0.0.0");
    }

    /** Address and wildcard as typed: IOS clears the address bits the wildcard ignores. */
    public static AclAddress of(String a, String wildcard) {
        return new AclAddress(Ipv4.clearBits(a, wildcard), wildcard);
    }

    public boolean isAny() {
        return wildcard.equals("255.255.255.255");
    }

    public boolean isHost() {
        return wildcard.equals("0.0.0.0");
    }

    /** Extended-ACL form: "any", "host A", "A W". */
    public String extended() {
        if (isAny()) return "any";
        if (isHost()) return "host " + address;
        return address + " " + wildcard;
    }

    /** Standard-ACL form: "any", "A" for a host, "A W". */
    public String standard() {
        if (isAny()) return "any";
        if (isHost()) return address;
        return address + " " + wildcard;
    }
}
