package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.RouterConfig;

/** {@code show version}, shortened to what an IOSv 15.9 router prints about itself. */
final class ShowVersion {
    private ShowVersion() {}

    static List<String> lines(RouterConfig c, long uptimeMillis) {
        List<String> l = new ArrayList<>();
        l.add("Cisco IOS Software, IOSv Software (VIOS-ADVENTERPRISEK9-M), Version 15.9(3)M6, RELEASE SOFTWARE (fc1)");
        l.add("Technical Support: http://www.cisco.com/techsupport");
        l.add("Copyright (c) 1986-2022 by Cisco Systems, Inc.");
        l.add("Compiled Wed 27-Jul-22 08:28 by mcpre");
        l.add("");
        l.add("");
        l.add("ROM: Bootstrap program is IOSv");
        l.add("");
        l.add(c.hostname() + " uptime is " + uptime(uptimeMillis));
        l.add("System returned to ROM by reload");
        l.add("System image file is \"flash0:/vios-adventerprisek9-m\"");
        l.add("Last reload reason: Unknown reason");
        l.add("");
        l.add("");
        l.add("Cisco IOSv (revision 1.0) with  with 460137K/62464K bytes of memory.");
        l.add("4 Gigabit Ethernet interfaces");
        l.add("256K bytes of non-volatile configuration memory.");
        l.add("");
        l.add("Configuration register is 0x0");
        l.add("");
        return l;
    }

    static String uptime(long ms) {
        long min = Math.max(0, ms) / 60_000;
        long days = min / 1440;
        long hours = (min / 60) % 24;
        long mins = min % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) parts.add(days + (days == 1 ? " day" : " days"));
        if (hours > 0) parts.add(hours + (hours == 1 ? " hour" : " hours"));
        parts.add(mins + (mins == 1 ? " minute" : " minutes"));
        return String.join(", ", parts);
    }
}
