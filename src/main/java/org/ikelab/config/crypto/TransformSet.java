package org.ikelab.config.crypto;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code crypto ipsec transform-set NAME t1 [t2 [t3 [t4]]]} and its {@code mode}. */
public record TransformSet(String name, List<TransformSpec> transforms, Mode mode) {
    public TransformSet {
        transforms = List.copyOf(transforms);
    }

    /** Encapsulation mode requested by the set ({@code mode ...}). */
    public enum Mode {
        TUNNEL("tunnel", "Tunnel"), TRANSPORT("transport", "Transport"), TRANSPORT_REQUIRE("transport require", "Transport");

        private final String nvgen;
        private final String show;

        Mode(String nvgen, String show) {
            this.nvgen = nvgen;
            this.show = show;
        }

        public String nvgen() {
            return nvgen;
        }

        /** Word used in {@code will negotiate = { Tunnel,  }}. */
        public String showText() {
            return show;
        }
    }

    /** The IOS 15.2(4)M+ smart-default set: esp-aes esp-sha-hmac, transport mode. */
    public static final TransformSet BUILTIN_DEFAULT = new TransformSet("default",
            List.of(TransformSpec.of(Transform.ESP_AES), TransformSpec.of(Transform.ESP_SHA_HMAC)), Mode.TRANSPORT);

    /**
     * Index of the first transform that cannot join the ones before it (a second transform of a
     * slot: two AH, two ESP ciphers, two ESP integrity, GCM/GMAC with an ESP integrity transform,
     * two compressions), or -1 when the list is a valid set. IOS puts the caret under that
     * transform.
     */
    public static int firstInvalid(List<TransformSpec> specs) {
        Set<Transform.Family> used = EnumSet.noneOf(Transform.Family.class);
        for (int i = 0; i < specs.size(); i++) {
            Set<Transform.Family> slots = slotsOf(specs.get(i).transform().family());
            for (Transform.Family s : slots) if (used.contains(s)) return i;
            used.addAll(slots);
        }
        return -1;
    }

    private static Set<Transform.Family> slotsOf(Transform.Family f) {
        return f == Transform.Family.ESP_COMBINED
                ? EnumSet.of(Transform.Family.ESP_CIPHER, Transform.Family.ESP_AUTH)
                : EnumSet.of(f);
    }

    public TransformSet withMode(Mode m) {
        return new TransformSet(name, transforms, m);
    }

    public TransformSet withTransforms(List<TransformSpec> t) {
        return new TransformSet(name, t, mode);
    }

    /** The AH transform, or null. */
    public TransformSpec ah() {
        return first(EnumSet.of(Transform.Family.AH));
    }

    /** The ESP cipher (including GCM/GMAC), or null. */
    public TransformSpec espCipher() {
        return first(EnumSet.of(Transform.Family.ESP_CIPHER, Transform.Family.ESP_COMBINED));
    }

    /** The ESP integrity transform, or null (also null for GCM/GMAC, which carry their own). */
    public TransformSpec espIntegrity() {
        return first(EnumSet.of(Transform.Family.ESP_AUTH));
    }

    /** The compression transform, or null. */
    public TransformSpec compression() {
        return first(EnumSet.of(Transform.Family.COMPRESSION));
    }

    private TransformSpec first(Set<Transform.Family> families) {
        for (TransformSpec s : transforms) if (families.contains(s.transform().family())) return s;
        return null;
    }

    /** Transforms in the display order IOS uses: AH first, then ESP cipher, ESP integrity, compression. */
    public List<TransformSpec> orderedForDisplay() {
        List<TransformSpec> out = new ArrayList<>();
        for (TransformSpec s : new TransformSpec[] {ah(), espCipher(), espIntegrity(), compression()}) {
            if (s != null) out.add(s);
        }
        return out;
    }

    /** {@code esp-aes esp-sha-hmac} display list, as in {@code { esp-aes esp-sha-hmac  }}. */
    public String espDisplay() {
        StringBuilder b = new StringBuilder();
        for (TransformSpec s : orderedForDisplay()) {
            if (s.transform().family() == Transform.Family.AH) continue;
            if (!b.isEmpty()) b.append(' ');
            b.append(s.displayText());
        }
        return b.toString();
    }

    /** Running-config lines: header as typed with one trailing space, then the mode. */
    public List<String> render() {
        StringBuilder b = new StringBuilder("crypto ipsec transform-set ").append(name);
        for (TransformSpec s : transforms) b.append(' ').append(s.configText());
        b.append(' ');
        return List.of(b.toString(), " mode " + mode.nvgen());
    }
}
