package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ikelab.config.RouterConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** grammar/examples: every configuration loads without a rejected line and renders back as written. */
class CorpusTest {
    static Stream<Path> plain() throws IOException {
        return Files.list(Path.of("grammar/examples/config")).filter(p -> p.toString().endsWith(".cfg")).sorted();
    }

    static Stream<Path> crypto() throws IOException {
        return Files.list(Path.of("grammar/examples/crypto")).filter(p -> p.toString().endsWith(".cfg")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plain")
    void nonCryptoConfigurations(Path f) throws IOException {
        check(f);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crypto")
    void cryptoConfigurations(Path f) throws IOException {
        check(f);
    }

    private static void check(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        RouterConfig c = new RouterConfig();
        List<ConfigLoader.Problem> problems = TestRouters.load(text, c);
        assertEquals(List.of(), problems.stream().map(Object::toString).toList());
        List<String> rendered = TestRouters.lines(c);
        int at = 0;
        for (String line : text.split("\n")) {
            if (line.equals("!")) continue;
            int found = rendered.subList(at, rendered.size()).indexOf(line);
            final int from = at;
            assertTrue(found >= 0, () -> "'" + line + "' not rendered (in order) after line " + from + ":\n" + String.join("\n", rendered));
            at += found + 1;
        }
        RouterConfig again = new RouterConfig();
        assertEquals(List.of(), TestRouters.load(String.join("\n", rendered), again).stream().map(Object::toString).toList());
        assertEquals(c, again);
        assertEquals(rendered, TestRouters.lines(again));
    }
}
