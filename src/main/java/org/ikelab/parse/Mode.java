package org.ikelab.parse;

import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.ikelab.parse.gen.IosParser;

/**
 * A CLI mode as data: its name, the prompt suffix after the hostname, the mode {@code exit}
 * returns to, the grammar entry rule that parses its lines, and the header of {@code ?} alone.
 * Feature packages define their own sub-modes as constants of this record (see {@link Modes}).
 *
 * @param entry calls the generated parser's entry rule (a method reference such as
 *              {@code IosParser::config_line}), so typed parse trees come out without reflection
 */
public record Mode(String name, String promptSuffix, Mode parent, int rule,
                   Function<IosParser, ParserRuleContext> entry, String helpHeader) {

    /** True for global configuration and every configuration sub-mode. */
    public boolean isConfig() {
        return parent != null;
    }

    /** True for a configuration sub-mode (not global configuration itself). */
    public boolean isSubMode() {
        return parent != null && parent.parent != null;
    }

    public String prompt(String hostname) {
        return hostname + promptSuffix;
    }

    @Override
    public String toString() {
        return name;
    }
}
