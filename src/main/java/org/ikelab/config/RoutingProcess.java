package org.ikelab.config;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code router ospf N} / {@code router eigrp N} with its {@code network} statements, kept as
 * IOS writes them (the text after {@code network }). Configuration only: no routing protocol
 * runs behind it.
 */
public record RoutingProcess(String protocol, int id, List<String> networks) {
    public RoutingProcess {
        networks = List.copyOf(networks);
    }

    public String header() {
        return "router " + protocol + " " + id;
    }

    public RoutingProcess withNetwork(String n, boolean add) {
        List<String> l = new ArrayList<>(networks);
        l.remove(n);
        if (add) l.add(n);
        return new RoutingProcess(protocol, id, l);
    }
}
