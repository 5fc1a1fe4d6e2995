package org.ikelab.wire.isakmp;

/**
 * IPsec DOI SA attributes (RFC 2407 §4.5), the NAT-T encapsulation modes (RFC 3947 §5 and the
 * draft values 61443/61444 that older IOS sends), protocol ids and the ESP/AH transform ids
 * IOS uses, with the names IOS prints in quick mode debug output.
 */
public final class IpsecAttribute {
    public static final int SA_LIFE_TYPE = 1;
    public static final int SA_LIFE_DURATION = 2;
    public static final int GROUP_DESCRIPTION = 3;
    public static final int ENCAPSULATION_MODE = 4;
    public static final int AUTH_ALGORITHM = 5;
    public static final int KEY_LENGTH = 6;
    public static final int KEY_ROUNDS = 7;
    public static final int EXTENDED_SEQUENCE_NUMBER = 11;

    public static final int LIFE_SECONDS = 1;
    public static final int LIFE_KILOBYTES = 2;

    public static final int ENCAP_TUNNEL = 1;
    public static final int ENCAP_TRANSPORT = 2;
    public static final int ENCAP_UDP_TUNNEL = 3;
    public static final int ENCAP_UDP_TRANSPORT = 4;
    public static final int ENCAP_UDP_TUNNEL_DRAFT = 61443;
    public static final int ENCAP_UDP_TRANSPORT_DRAFT = 61444;

    public static final int AUTH_HMAC_MD5 = 1;
    public static final int AUTH_HMAC_SHA = 2;
    public static final int AUTH_HMAC_SHA2_256 = 5;
    public static final int AUTH_HMAC_SHA2_384 = 6;
    public static final int AUTH_HMAC_SHA2_512 = 7;

    /** Protocol ids (RFC 2407 §4.4.1). */
    public static final int PROTO_ISAKMP = 1;
    public static final int PROTO_AH = 2;
    public static final int PROTO_ESP = 3;
    public static final int PROTO_IPCOMP = 4;

    /** ESP transform ids (RFC 2407 §4.4.4, RFC 3602, RFC 4106). */
    public static final int ESP_DES = 2;
    public static final int ESP_3DES = 3;
    public static final int ESP_NULL = 11;
    public static final int ESP_AES = 12;
    public static final int ESP_AES_GCM_8 = 18;
    public static final int ESP_AES_GCM_12 = 19;
    public static final int ESP_AES_GCM_16 = 20;

    /** AH transform ids (RFC 2407 §4.4.3, RFC 4868). */
    public static final int AH_MD5 = 2;
    public static final int AH_SHA = 3;
    public static final int AH_SHA2_256 = 5;
    public static final int AH_SHA2_384 = 6;
    public static final int AH_SHA2_512 = 7;

    private IpsecAttribute() {
    }

    /** True for both the RFC 3947 and the draft UDP-encapsulated modes. */
    public static boolean isUdpEncapsulated(int mode) {
        return mode == ENCAP_UDP_TUNNEL || mode == ENCAP_UDP_TRANSPORT
                || mode == ENCAP_UDP_TUNNEL_DRAFT || mode == ENCAP_UDP_TRANSPORT_DRAFT;
    }

    public static String encapsulationName(int mode) {
        return switch (mode) {
            case ENCAP_TUNNEL -> "Tunnel";
            case ENCAP_TRANSPORT -> "Transport";
            case ENCAP_UDP_TUNNEL, ENCAP_UDP_TUNNEL_DRAFT -> "UDP-Encaps-Tunnel";
            case ENCAP_UDP_TRANSPORT, ENCAP_UDP_TRANSPORT_DRAFT -> "UDP-Encaps-Transport";
            default -> "mode " + mode;
        };
    }

    /** {@code ESP_AES}, {@code AH_SHA}, ... as IOS prints a quick-mode transform. */
    public static String transformName(int protocol, int transformId) {
        if (protocol == PROTO_ESP) {
            return switch (transformId) {
                case ESP_DES -> "ESP_DES";
                case ESP_3DES -> "ESP_3DES";
                case ESP_NULL -> "ESP_NULL";
                case ESP_AES -> "ESP_AES";
                case ESP_AES_GCM_8, ESP_AES_GCM_12, ESP_AES_GCM_16 -> "ESP_GCM";
                default -> "ESP_" + transformId;
            };
        }
        if (protocol == PROTO_AH) {
            return switch (transformId) {
                case AH_MD5 -> "AH_MD5";
                case AH_SHA -> "AH_SHA";
                case AH_SHA2_256 -> "AH_SHA256";
                case AH_SHA2_384 -> "AH_SHA384";
                case AH_SHA2_512 -> "AH_SHA512";
                default -> "AH_" + transformId;
            };
        }
        return "PROTO" + protocol + "_" + transformId;
    }

    public static String authName(int v) {
        return switch (v) {
            case AUTH_HMAC_MD5 -> "HMAC-MD5";
            case AUTH_HMAC_SHA -> "HMAC-SHA";
            case AUTH_HMAC_SHA2_256 -> "HMAC-SHA256";
            case AUTH_HMAC_SHA2_384 -> "HMAC-SHA384";
            case AUTH_HMAC_SHA2_512 -> "HMAC-SHA512";
            default -> "auth " + v;
        };
    }
}
