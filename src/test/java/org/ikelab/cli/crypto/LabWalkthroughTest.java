package org.ikelab.cli.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A learner's walk through a lab, as typed at the consoles of its routers (abbreviations, typos,
 * {@code do} in sub-modes, show commands), replayed on the lab's start configs in virtual time:
 * the screens must stay exactly the golden text of {@code src/test/resources/cli-lab}. A file is
 * {@code @lab FOLDER}, {@code --- input} (lines, {@code [R1]} switches console) and
 * {@code --- screen}; {@link #main} prints the screen of a new file's input.
 */
class LabWalkthroughTest {
    static Stream<Path> walkthroughs() throws Exception {
        return Files.list(Path.of("src/test/resources/cli-lab")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("walkthroughs")
    void screenMatches(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(text.substring(text.indexOf("--- screen\n") + 11), play(text));
    }

    static String play(String file) throws Exception {
        String lab = null;
        for (String l : file.substring(0, file.indexOf("--- input\n")).split("\n")) {
            if (l.startsWith("@lab ")) lab = l.substring(5).strip();
        }
        int in = file.indexOf("--- input\n") + 10;
        int end = file.indexOf("--- screen\n");
        String input = file.substring(in, end < 0 ? file.length() : end);
        LabHarness h = new LabHarness(Path.of(lab), false);
        StringBuilder screen = new StringBuilder();
        String router = h.firstRouter();
        boolean promptShown = false;
        for (String line : input.split("\n", -1)) {
            if (line.matches("\\[\\w+]")) {
                router = line.substring(1, line.length() - 1);
                screen.append(screen.isEmpty() ? "" : "\n").append("---- ").append(router).append('\n');
                promptShown = false;
                continue;
            }
            if (line.isEmpty()) continue;
            // The console's answer ends with the next prompt; the first prompt of a console is its own.
            if (!promptShown) screen.append(h.consoles.get(router).prompt());
            promptShown = true;
            screen.append(line).append('\n').append(h.type(router, line).output());
        }
        return screen.append('\n').toString();
    }

    public static void main(String[] args) throws Exception {
        System.out.print(play(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)));
    }
}
