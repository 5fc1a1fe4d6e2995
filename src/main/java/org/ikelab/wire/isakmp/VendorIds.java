package org.ikelab.wire.isakmp;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ikelab.common.Hex;

/**
 * Well-known vendor ID payload values. NAT-T ids are MD5 of the draft/RFC name (RFC 3947 §2);
 * DPD is RFC 3706 §5.1 (version 1.0); the Cisco ones are those IOS sends and recognises
 * ("vendor ID is Unity", "speaking to another IOS box!").
 */
public final class VendorIds {
    /** One known vendor id; {@code prefixOnly} ids match when the received value starts with them. */
    public record Known(String name, byte[] value, boolean prefixOnly) {
        public boolean matches(byte[] received) {
            if (prefixOnly) {
                return received.length >= value.length
                        && Arrays.equals(received, 0, value.length, value, 0, value.length);
            }
            return Arrays.equals(received, value);
        }
    }

    public static final Known NAT_T_RFC3947 = known("NAT-T RFC 3947", "4a131c81070358455c5728f20e95452f");
    public static final Known NAT_T_DRAFT_02N = known("NAT-T draft-02\\n", "90cb80913ebb696e086381b5ec427b1f");
    public static final Known NAT_T_DRAFT_02 = known("NAT-T draft-02", "cd60464335df21f87cfdb2fc68b6a448");
    public static final Known NAT_T_DRAFT_03 = known("NAT-T draft-03", "7d9419a65310ca6f2c179d9215529d56");
    public static final Known NAT_T_DRAFT_07 = known("NAT-T draft-07", "439b59f8ba676c4c7737ae22eab8f582");
    public static final Known NAT_T_DRAFT_08 = known("NAT-T draft-08", "8f8d83826d246b6fc7a8a6a428c11de8");
    public static final Known DPD = known("DPD", "afcad71368a1f1c96b8696fc77570100");
    public static final Known CISCO_UNITY = known("Unity", "12f5f28c457168a9702d9fe274cc0100");
    public static final Known XAUTH = known("XAUTH", "09002689dfd6b712");
    public static final Known CISCO_IOS = known("Cisco IOS", "1f07f70eaa6514d3b0fa96542a500100");
    /** Cisco IKE fragmentation: MD5("FRAGMENTATION") followed by 4 capability bytes that vary. */
    public static final Known FRAGMENTATION = new Known("FRAGMENTATION", Hex.decode("4048b7d56ebce88525e7de7f00d6c2d3"), true);

    private static final List<Known> ALL = List.of(NAT_T_RFC3947, NAT_T_DRAFT_02N, NAT_T_DRAFT_02, NAT_T_DRAFT_03,
            NAT_T_DRAFT_07, NAT_T_DRAFT_08, DPD, CISCO_UNITY, XAUTH, CISCO_IOS, FRAGMENTATION);

    private VendorIds() {
    }

    private static Known known(String name, String hex) {
        return new Known(name, Hex.decode(hex), false);
    }

    public static List<Known> all() {
        return ALL;
    }

    public static Optional<Known> identify(byte[] vendorId) {
        for (Known k : ALL) if (k.matches(vendorId)) return Optional.of(k);
        return Optional.empty();
    }

    public static Payload.VendorId payload(Known k) {
        return new Payload.VendorId(k.value().clone());
    }

    /** True for the RFC 3947 id and every draft id. */
    public static boolean isNatT(byte[] vendorId) {
        return identify(vendorId).map(k -> k.name().startsWith("NAT-T")).orElse(false);
    }
}
