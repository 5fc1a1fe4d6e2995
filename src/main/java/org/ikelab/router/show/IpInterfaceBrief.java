package org.ikelab.router.show;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.router.RouterInterface;

/**
 * {@code show ip interface brief} (reference §4.13, IOS 15 layout): columns at 0, 27, 43, 47, 54
 * and 76, the Protocol cell padded to 8 so rows end in spaces.
 */
public final class IpInterfaceBrief {
    public static final String HEADER = "Interface                  IP-Address      OK? Method Status                Protocol";

    private IpInterfaceBrief() {
    }

    public static List<String> lines(List<RouterInterface> interfaces) {
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        for (RouterInterface i : interfaces) {
            String ip = i.hasAddress() ? i.address().toString() : "unassigned";
            out.add(Text.pad(i.name(), 27) + Text.pad(ip, 16) + "YES " + Text.pad(i.method(), 7)
                    + Text.pad(i.statusText(), 22) + Text.pad(i.lineProtocolUp() ? "up" : "down", 8));
        }
        return out;
    }

    public static String format(List<RouterInterface> interfaces) {
        return Text.lines(lines(interfaces));
    }
}
