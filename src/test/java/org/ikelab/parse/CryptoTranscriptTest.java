package org.ikelab.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the crypto transcripts of src/test/resources/cli-crypto: lines typed in global
 * configuration (abbreviated as learners type them) and the exact screen, prompts included.
 * Format: comment lines, {@code @hostname NAME}, {@code --- input}, {@code --- screen}.
 */
class CryptoTranscriptTest {
    static Stream<Path> transcripts() throws IOException {
        return Files.list(Path.of("src/test/resources/cli-crypto")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void screenMatches(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int in = text.indexOf("--- input\n");
        int sc = text.indexOf("--- screen\n");
        String host = "R1";
        for (String l : text.substring(0, in).split("\n")) if (l.startsWith("@hostname ")) host = l.substring(10).strip();
        String input = text.substring(in + 10, sc);
        String screen = text.substring(sc + 11);
        assertEquals(screen, new CryptoCli(host).type(input) + "\n");
    }
}
