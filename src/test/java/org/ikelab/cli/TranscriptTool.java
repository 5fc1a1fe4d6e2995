package org.ikelab.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ikelab.config.StartupStore;

/** Prints the screen of a transcript's input (to write a new golden file after checking it by eye). */
public final class TranscriptTool {
    private TranscriptTool() {}

    public static void main(String[] args) throws Exception {
        Transcript t = Transcript.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8) + "--- screen\n");
        System.out.print(Transcript.play(t.hostname(), t.input(), StartupStore.memory()));
    }
}
