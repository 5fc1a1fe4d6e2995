package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code | include|exclude|begin|section REGEX} on show output (reference §1.8). */
final class OutputFilter {
    private OutputFilter() {}

    /** The filtered lines, or null when the regex does not compile. */
    static List<String> apply(String kind, String regex, List<String> lines) {
        Pattern p;
        try {
            p = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return null;
        }
        List<String> out = new ArrayList<>();
        switch (kind) {
            case "include" -> { for (String l : lines) if (p.matcher(l).find()) out.add(l); }
            case "exclude" -> { for (String l : lines) if (!p.matcher(l).find()) out.add(l); }
            case "begin" -> {
                boolean on = false;
                for (String l : lines) {
                    if (!on && p.matcher(l).find()) on = true;
                    if (on) out.add(l);
                }
            }
            default -> {
                // section: every top-level line that matches, or whose children match, with its children.
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    if (l.startsWith(" ")) continue;
                    int j = i + 1;
                    while (j < lines.size() && lines.get(j).startsWith(" ")) j++;
                    boolean match = p.matcher(l).find();
                    for (int k = i + 1; k < j && !match; k++) match = p.matcher(lines.get(k)).find();
                    if (match) out.addAll(lines.subList(i, j));
                    i = j - 1;
                }
            }
        }
        return out;
    }
}
