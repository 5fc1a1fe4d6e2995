package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code crypto pki trustpoint NAME}.
 *
 * @param enrollment text after {@code enrollment} ({@code url http://...}, {@code terminal},
 *     {@code selfsigned}), null when unset
 * @param serialNumber null = unset (IOS asks during enrollment), {@code ""} = include,
 *     {@code "none"} = never
 * @param revocation methods after {@code revocation-check}; IOS shows {@code crl} when untouched
 */
public record PkiTrustpoint(String name, String enrollment, String serialNumber, String fqdn, String ipAddress,
        String subjectName, String subjectAltName, List<String> revocation, String rsaKeypair, boolean autoEnroll) {
    public PkiTrustpoint {
        revocation = List.copyOf(revocation);
    }

    public static PkiTrustpoint named(String name) {
        return new PkiTrustpoint(name, null, null, null, null, null, null, List.of("crl"), null, false);
    }

    public PkiTrustpoint withEnrollment(String v) {
        return new PkiTrustpoint(name, v, serialNumber, fqdn, ipAddress, subjectName, subjectAltName, revocation,
                rsaKeypair, autoEnroll);
    }

    public PkiTrustpoint withSerialNumber(String v) {
        return new PkiTrustpoint(name, enrollment, v, fqdn, ipAddress, subjectName, subjectAltName, revocation,
                rsaKeypair, autoEnroll);
    }

    public PkiTrustpoint withFqdn(String v) {
        return new PkiTrustpoint(name, enrollment, serialNumber, v, ipAddress, subjectName, subjectAltName, revocation,
                rsaKeypair, autoEnroll);
    }

    public PkiTrustpoint withIpAddress(String v) {
        return new PkiTrustpoint(name, enrollment, serialNumber, fqdn, v, subjectName, subjectAltName, revocation,
                rsaKeypair, autoEnroll);
    }

    public PkiTrustpoint withSubjectName(String v) {
        return new PkiTrustpoint(name, enrollment, serialNumber, fqdn, ipAddress, v, subjectAltName, revocation,
                rsaKeypair, autoEnroll);
    }

    public PkiTrustpoint withSubjectAltName(String v) {
        return new PkiTrustpoint(name, enrollment, serialNumber, fqdn, ipAddress, subjectName, v, revocation,
                rsaKeypair, autoEnroll);
    }

    public PkiTrustpoint withRevocation(List<String> v) {
        return new PkiTrustpoint(name, enrollment, serialNumber, fqdn, ipAddress, subjectName, subjectAltName, v,
                rsaKeypair, autoEnroll);
    }

    public PkiTrustpoint withRsaKeypair(String v) {
        return new PkiTrustpoint(name, enrollment, serialNumber, fqdn, ipAddress, subjectName, subjectAltName,
                revocation, v, autoEnroll);
    }

    public PkiTrustpoint withAutoEnroll(boolean v) {
        return new PkiTrustpoint(name, enrollment, serialNumber, fqdn, ipAddress, subjectName, subjectAltName,
                revocation, rsaKeypair, v);
    }

    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto pki trustpoint " + name);
        if (enrollment != null) out.add(" enrollment " + enrollment);
        if (serialNumber != null) out.add(serialNumber.isEmpty() ? " serial-number" : " serial-number " + serialNumber);
        if (fqdn != null) out.add(" fqdn " + fqdn);
        if (ipAddress != null) out.add(" ip-address " + ipAddress);
        if (subjectName != null) out.add(" subject-name " + subjectName);
        if (subjectAltName != null) out.add(" subject-alt-name " + subjectAltName);
        if (!revocation.isEmpty()) out.add(" revocation-check " + String.join(" ", revocation));
        if (rsaKeypair != null) out.add(" rsakeypair " + rsaKeypair);
        if (autoEnroll) out.add(" auto-enroll");
        return out;
    }
}
