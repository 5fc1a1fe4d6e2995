package org.ikelab.router.show;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.router.ArpEntry;

/** {@code show arp} / {@code show ip arp} (IOS layout; the reference has no capture of it, columns from IOS 15). */
public final class Arp {
    public static final String HEADER = "Protocol  Address          Age (min)  Hardware Addr   Type   Interface";

    private Arp() {
    }

    public static String format(List<ArpEntry> entries) {
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        for (ArpEntry e : entries) {
            String age = e.ageMinutes() < 0 ? "-" : Long.toString(e.ageMinutes());
            out.add("Internet  " + Text.pad(e.address().toString(), 17) + Text.left(age, 8) + "   "
                    + Text.pad(e.mac().toCisco(), 16) + "ARPA   " + e.interfaceName());
        }
        return Text.lines(out);
    }
}
