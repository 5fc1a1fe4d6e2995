package org.ikelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.ikelab.config.crypto.CryptoConfig;
import org.ikelab.config.crypto.TransformSet;

/**
 * {@code show crypto ipsec transform-set [tag NAME]}: the smart default first, then the user sets
 * in definition order; a blank line after each set (IOS 15.x).
 */
public final class ShowCryptoIpsecTransformSet {
    private ShowCryptoIpsecTransformSet() {}

    public static List<String> lines(CryptoConfig config) {
        List<TransformSet> sets = new ArrayList<>();
        config.defaultTransformSet().ifPresent(sets::add);
        sets.addAll(config.transformSets());
        List<String> out = new ArrayList<>();
        for (TransformSet t : sets) block(out, t);
        return out;
    }

    /** {@code show crypto ipsec transform-set tag NAME}; nothing when the set does not exist. */
    public static List<String> lines(CryptoConfig config, String tag) {
        List<String> out = new ArrayList<>();
        config.transformSet(tag).ifPresent(t -> block(out, t));
        return out;
    }

    private static void block(List<String> out, TransformSet t) {
        String negotiate = "   will negotiate = { " + t.mode().showText() + ",  },";
        List<String> groups = ShowCryptoTransforms.groups(t);
        for (int i = 0; i < groups.size(); i++) {
            out.add(i == 0 ? "Transform set " + t.name() + ": " + groups.get(i) : "   " + groups.get(i));
            out.add(negotiate);
        }
        out.add("");
    }
}
