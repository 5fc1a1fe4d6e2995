package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.crypto.TransformSet;
import org.ikelab.config.crypto.TransformSpec;

/** The {@code { esp-aes esp-sha-hmac  }} groups IOS prints for a transform set, one per protocol. */
final class ShowCryptoTransforms {
    private ShowCryptoTransforms() {}

    /** One brace group per protocol present: AH, then ESP (cipher and integrity), then compression. */
    static List<String> groups(TransformSet t) {
        List<String> out = new ArrayList<>();
        if (t.ah() != null) out.add(brace(List.of(t.ah())));
        List<TransformSpec> esp = new ArrayList<>();
        if (t.espCipher() != null) esp.add(t.espCipher());
        if (t.espIntegrity() != null) esp.add(t.espIntegrity());
        if (!esp.isEmpty()) out.add(brace(esp));
        if (t.compression() != null) out.add(brace(List.of(t.compression())));
        return out;
    }

    /** All groups on one line, as inside {@code Transform sets=}. */
    static String inline(TransformSet t) {
        return String.join(" ", groups(t));
    }

    private static String brace(List<TransformSpec> specs) {
        StringBuilder b = new StringBuilder("{ ");
        for (TransformSpec s : specs) b.append(s.displayText()).append(' ');
        return b.append(" }").toString();
    }
}
