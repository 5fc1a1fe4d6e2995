package org.ikelab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the layer table of ARCHITECTURE.md: reads the import lines of src/main/java and fails
 * on any dependency edge the table does not allow, and on libraries used outside their layers.
 */
class LayeringTest {
    /** Layer -> the ikelab layers it may import (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("common", Set.of()),
            Map.entry("wire", Set.of("common")),
            Map.entry("crypto", Set.of("common")),
            Map.entry("ipsec", Set.of("common", "wire", "crypto")),
            Map.entry("ike", Set.of("common", "wire", "crypto", "ipsec")),
            Map.entry("router", Set.of("common", "wire", "ipsec", "ike")),
            Map.entry("config", Set.of("common", "crypto", "ipsec", "ike", "router")),
            Map.entry("parse", Set.of("common", "config")),
            Map.entry("link", Set.of("common", "wire", "router")),
            Map.entry("lab", Set.of("common", "wire", "crypto", "ipsec", "ike", "router", "config", "parse", "link")),
            Map.entry("cli", Set.of("common", "wire", "crypto", "ipsec", "ike", "router", "config", "parse", "link", "lab")),
            Map.entry("app", Set.of("common", "wire", "crypto", "ipsec", "ike", "router", "config", "parse", "link", "lab", "cli")));

    /**
     * Library package prefix -> layers that may import it. JCE ({@code javax.crypto}),
     * bouncycastle and the Corretto JCE provider sit behind the crypto layer (decision 9). The router may hold netty's pooled
     * buffers, which its packet handle owns (decision 3), but not netty's channels.
     */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "javax.crypto", Set.of("crypto"),
            "org.bouncycastle", Set.of("crypto"),
            "com.amazon.corretto", Set.of("crypto"),
            "org.antlr", Set.of("parse", "lab", "cli", "app"),
            "org.jline", Set.of("cli", "app"),
            "io.netty.buffer", Set.of("router", "link", "lab", "cli", "app"),
            "io.netty.util", Set.of("router", "link", "lab", "cli", "app"),
            "io.netty", Set.of("link", "lab", "cli", "app"),
            "org.snakeyaml", Set.of("lab", "app"),
            "picocli", Set.of("app"));

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+org\\.ikelab\\.(\\w+)", Pattern.MULTILINE);

    @Test
    void importsFollowTheLayerTable() throws IOException {
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher pm = PACKAGE.matcher(src);
                if (!pm.find()) {
                    violations.add(f + ": not in an org.ikelab layer package");
                    continue;
                }
                String layer = pm.group(1);
                if (!ALLOWED.containsKey(layer)) {
                    violations.add(f + ": unknown layer '" + layer + "'");
                    continue;
                }
                Matcher im = IMPORT.matcher(src);
                while (im.find()) {
                    String imp = im.group(1);
                    String why = check(layer, imp);
                    if (why != null) violations.add(root.relativize(f) + ": " + why);
                }
            }
        }
        assertTrue(violations.isEmpty(), () -> "layering violations:\n  " + String.join("\n  ", violations));
    }

    private static String check(String layer, String imp) {
        if (imp.startsWith("org.ikelab.")) {
            String target = imp.substring("org.ikelab.".length()).split("\\.")[0];
            if (target.equals(layer) || ALLOWED.get(layer).contains(target)) return null;
            return "layer '" + layer + "' may not use '" + target + "' (" + imp + ")";
        }
        String best = null;
        for (String lib : LIBRARIES.keySet()) {
            if ((imp.equals(lib) || imp.startsWith(lib + ".")) && (best == null || lib.length() > best.length())) best = lib;
        }
        if (best != null) {
            return LIBRARIES.get(best).contains(layer) ? null : "layer '" + layer + "' may not use library " + best + " (" + imp + ")";
        }
        if (imp.startsWith("java.") || imp.startsWith("javax.") || imp.startsWith("jdk.")) return null;
        return "library not in the layer table: " + imp;
    }
}
