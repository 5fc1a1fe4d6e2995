package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class LineMatcherTest {
    private final LineMatcher m = LineMatcher.get();
    private final ContextHelp help = new ContextHelp(m);
    private final Completer completer = new Completer(m);

    private String texts(String line, Mode mode) {
        MatchResult r = m.match(line, mode.rule());
        MatchResult.Ok ok = assertInstanceOf(MatchResult.Ok.class, r, () -> line + " -> " + r);
        return ok.tokens().stream().filter(t -> t.getType() != Token.EOF).map(Token::getText).collect(Collectors.joining("|"));
    }

    @Test
    void abbreviationsExpandToKeywords() {
        assertEquals("show|running-config", texts("sh run", Modes.EXEC));
        assertEquals("configure|terminal", texts("conf t", Modes.EXEC));
        assertEquals("interface|GigabitEthernet|0/1", texts("int g0/1", Modes.CONFIG));
        assertEquals("interface|Tunnel|0", texts("int tun 0", Modes.CONFIG));
        assertEquals("interface|Loopback|0", texts("interface lo0", Modes.CONFIG));
        assertEquals("hostname|R1", texts("hostname R1", Modes.CONFIG));
        assertEquals("description|to the  ISP", texts("desc to the  ISP  ", Modes.INTERFACE));
    }

    @Test
    void errorsCarryTheColumnOfTheBadWord() {
        assertInstanceOf(MatchResult.Incomplete.class, m.match("hostname", Modes.CONFIG.rule()));
        assertEquals(new MatchResult.Invalid(5), m.match("show bogus", Modes.EXEC.rule()));
        assertInstanceOf(MatchResult.Incomplete.class, m.match("ip route 1.1.1.0", Modes.CONFIG.rule()));
        assertEquals(new MatchResult.Ambiguous(0), m.match("e", Modes.EXEC.rule()));
        assertEquals(new MatchResult.Invalid(23), m.match("access-list 100 permit any any", Modes.CONFIG.rule()));
        assertEquals(new MatchResult.Invalid(21), m.match("crypto isakmp enable xx", Modes.CONFIG.rule()));
    }

    @Test
    void numbersAreCheckedAgainstTheHelpRange() {
        assertInstanceOf(MatchResult.Ok.class, m.match("access-list 10 permit any", Modes.CONFIG.rule()));
        assertInstanceOf(MatchResult.Ok.class, m.match("access-list 100 permit ip any any", Modes.CONFIG.rule()));
        assertEquals(new MatchResult.Invalid(12), m.match("access-list 700 permit any", Modes.CONFIG.rule()));
    }

    @Test
    void helpListsKeywordsSortedThenArgumentsThenCr() {
        ContextHelp.Result r = help.help("terminal ", Modes.EXEC.rule());
        List<String> lines = ContextHelp.format((ContextHelp.Result.Listing) r);
        assertEquals(List.of(
                "  length   Set number of lines on a screen",
                "  monitor  Copy debug output to the current terminal line",
                "  no       Negate a command or set its defaults",
                "  width    Set width of the display terminal"), lines);
        r = help.help("show running-config ", Modes.EXEC.rule());
        assertEquals(List.of("  interface  Show interface configuration", "  |          Output modifiers", "  <cr>"),
                ContextHelp.format((ContextHelp.Result.Listing) r));
    }

    @Test
    void partialHelpAndTab() {
        ContextHelp.Result r = help.help("show r", Modes.EXEC.rule());
        assertEquals(new ContextHelp.Result.Completions(List.of("running-config")), r);
        assertEquals("conf", texts("conf", Modes.EXEC).substring(0, 4));
        assertEquals("show running-config ", completer.complete("show ru", Modes.EXEC.rule()));
        assertNull(completer.complete("show x", Modes.EXEC.rule()));
        assertNull(completer.complete("co", Modes.EXEC.rule()));
    }
}
