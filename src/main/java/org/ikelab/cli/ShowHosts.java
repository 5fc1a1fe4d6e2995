package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ikelab.config.RouterConfig;

/**
 * {@code show hosts} as IOSv 15 prints it: the resolver settings, the code legend and the static
 * host table ({@code ip host}). Layout from an IOSv capture (ipSpace, "multiple IP addresses in
 * ip host"): name in 25 columns, {@code None  (perm, OK)  0   IP    } and further addresses of
 * the same name aligned under the first. This router has no DNS, so no {@code temp} entries.
 */
final class ShowHosts {
    /** Column of the Address(es) header and of every address. */
    private static final int ADDRESS_COLUMN = 54;

    private ShowHosts() {}

    static List<String> lines(RouterConfig c) {
        List<String> out = new ArrayList<>();
        out.add("Default domain is " + (c.domainName() == null ? "not set" : c.domainName()));
        if (c.domainLookup()) {
            out.add("Name/address lookup uses domain service");
            out.add("Name servers are 255.255.255.255");
        } else {
            out.add("Name/address lookup uses static mappings");
        }
        out.add("");
        out.add("Codes: UN - unknown, EX - expired, OK - OK, ?? - revalidate");
        out.add("       temp - temporary, perm - permanent");
        out.add("       NA - Not Applicable None - Not defined");
        out.add("");
        out.add("Host                      Port  Flags      Age Type   Address(es)");
        for (Map.Entry<String, List<String>> h : c.hosts().entrySet()) {
            List<String> addresses = h.getValue();
            out.add(String.format("%-25s None  (perm, OK)  0   IP    %s", h.getKey(), addresses.get(0)));
            for (String a : addresses.subList(1, addresses.size())) out.add(" ".repeat(ADDRESS_COLUMN) + a);
        }
        return out;
    }
}
