package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ikelab.config.LoggingConfig;
import org.ikelab.lab.LogBuffer;

/**
 * {@code show logging} in the IOS 15 layout [recalled: the reference has no capture of it]: the
 * per-destination levels and counts, the syslog hosts, then the log buffer, oldest line first.
 * Discriminators, filters, XML and persistent logging do not exist here and show as IOS shows
 * them when unused.
 */
final class ShowLogging {
    private ShowLogging() {
    }

    static List<String> lines(LogBuffer b, Map<String, Long> hosts) {
        LoggingConfig c = b.config();
        List<String> o = new ArrayList<>();
        o.add("Syslog logging: enabled (0 messages dropped, 0 messages rate-limited, 0 flushes, 0 overruns, xml disabled, filtering disabled)");
        o.add("");
        o.add("No Active Message Discriminator.");
        o.add("");
        o.add("");
        o.add("");
        o.add("No Inactive Message Discriminator.");
        o.add("");
        o.add("");
        o.add("    Console logging: level debugging, " + b.consoleLogged() + " messages logged, xml disabled,");
        o.add("                     filtering disabled");
        o.add("    Monitor logging: level debugging, " + b.monitorLogged() + " messages logged, xml disabled,");
        o.add("                     filtering disabled");
        if (c.buffered()) {
            o.add("    Buffer logging:  level " + LoggingConfig.levelName(c.bufferLevel()) + ", " + b.bufferLogged()
                    + " messages logged, xml disabled,");
        } else {
            o.add("    Buffer logging:  disabled, xml disabled,");
        }
        o.add("                    filtering disabled");
        o.add("    Exception Logging: size (4096 bytes)");
        o.add("    Count and timestamp logging messages: disabled");
        o.add("    Persistent logging: disabled");
        o.add("");
        o.add("No active filter modules.");
        o.add("");
        o.add("    Trap logging: level " + LoggingConfig.levelName(c.trapLevel()) + ", " + b.trapLogged() + " message lines logged");
        o.add("        Logging Source-Interface:       VRF Name:");
        for (Map.Entry<String, Long> h : hosts.entrySet()) {
            o.add("        Logging to " + h.getKey() + "  (udp port 514, audit disabled,");
            o.add("              link up),");
            o.add("              " + h.getValue() + " message lines logged, ");
            o.add("              0 message lines rate-limited, ");
            o.add("              0 message lines dropped-by-MD, ");
            o.add("              xml disabled, sequence number disabled");
            o.add("              filtering disabled");
        }
        if (c.buffered()) {
            o.add("");
            o.add("Log Buffer (" + c.bufferSize() + " bytes):");
            o.add("");
            o.addAll(b.lines());
        }
        return o;
    }
}
