package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code crypto pki server NAME} (the IOS certificate server).
 *
 * @param databaseLevel {@code minimum} (default), {@code names} or {@code complete}
 * @param grant {@code auto}, {@code none} or null (manual, the default)
 * @param lifetimes lines after {@code lifetime} ({@code certificate 365}, ...)
 * @param shutdown a new server is shut down until {@code no shutdown}
 */
public record PkiServer(String name, String databaseLevel, boolean databaseArchive, String databaseUrl,
        String issuerName, String grant, List<String> lifetimes, boolean shutdown) {
    public PkiServer {
        lifetimes = List.copyOf(lifetimes);
    }

    public static PkiServer named(String name) {
        return new PkiServer(name, "minimum", true, null, null, null, List.of(), true);
    }

    public PkiServer withDatabaseLevel(String v) {
        return new PkiServer(name, v, databaseArchive, databaseUrl, issuerName, grant, lifetimes, shutdown);
    }

    public PkiServer withDatabaseArchive(boolean v) {
        return new PkiServer(name, databaseLevel, v, databaseUrl, issuerName, grant, lifetimes, shutdown);
    }

    public PkiServer withDatabaseUrl(String v) {
        return new PkiServer(name, databaseLevel, databaseArchive, v, issuerName, grant, lifetimes, shutdown);
    }

    public PkiServer withIssuerName(String v) {
        return new PkiServer(name, databaseLevel, databaseArchive, databaseUrl, v, grant, lifetimes, shutdown);
    }

    public PkiServer withGrant(String v) {
        return new PkiServer(name, databaseLevel, databaseArchive, databaseUrl, issuerName, v, lifetimes, shutdown);
    }

    /** Sets one {@code lifetime KIND N} line, replacing the same kind. */
    public PkiServer withLifetime(String kind, String value) {
        List<String> next = new ArrayList<>(lifetimes.stream().filter(l -> !l.startsWith(kind + " ")).toList());
        if (value != null) next.add(kind + " " + value);
        return new PkiServer(name, databaseLevel, databaseArchive, databaseUrl, issuerName, grant, next, shutdown);
    }

    public PkiServer withShutdown(boolean v) {
        return new PkiServer(name, databaseLevel, databaseArchive, databaseUrl, issuerName, grant, lifetimes, v);
    }

    /** Running-config block; the enabled state is not nvgen'd (captured IOSv 15.9). */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add("crypto pki server " + name);
        if (!databaseLevel.equals("minimum")) out.add(" database level " + databaseLevel);
        if (databaseUrl != null) out.add(" database url " + databaseUrl);
        if (!databaseArchive) out.add(" no database archive");
        if (issuerName != null) out.add(" issuer-name " + issuerName);
        if (grant != null) out.add(" grant " + grant);
        for (String l : lifetimes) out.add(" lifetime " + l);
        return out;
    }
}
