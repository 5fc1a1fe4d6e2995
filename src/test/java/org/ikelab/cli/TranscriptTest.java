package org.ikelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ikelab.config.StartupStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays every transcript of src/test/resources/cli and compares the screen text exactly. */
class TranscriptTest {
    static Stream<Path> transcripts() throws IOException {
        return Files.list(Path.of("src/test/resources/cli")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void screenMatches(Path file) throws IOException {
        Transcript t = Transcript.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(t.screen(), Transcript.play(t.hostname(), t.input(), StartupStore.memory()));
    }
}
