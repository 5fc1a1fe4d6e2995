package org.ikelab.ike.status;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Set;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.Integrity;

/**
 * One IKEv1 SA for {@code show crypto isakmp sa [detail]}.
 *
 * @param local             own address: {@code Local} column of the detail form
 * @param remote            peer address: {@code Remote} column
 * @param role              who initiated; {@link #dst()} / {@link #src()} follow from it
 * @param state             {@code state} column
 * @param connId            {@code conn-id} / {@code C-id}: 1001, 1002, ... per IKE SA
 * @param deleted           {@code status} {@code ACTIVE (deleted)} instead of {@code ACTIVE}
 *                          (superseded or failed SA lingering before removal)
 * @param encryption        {@code Encr} ({@code des}, {@code 3des}, {@code aes} without key size)
 * @param hash              {@code Hash} ({@code md5}, {@code sha}, {@code sha256}, ...)
 * @param auth              {@code Auth}
 * @param dhGroup           {@code DH}: the group number
 * @param lifetimeRemaining {@code Lifetime}: seconds left, printed hh:mm:ss
 * @param capabilities      {@code Cap.} letters ({@code D} with DPD, {@code N} with NAT-T)
 * @param ivrf              {@code I-VRF}; {@code null} prints an empty column
 * @param fvrf              front-door VRF (crypto session detail {@code fvrf:}); {@code null} = none
 * @param localPort         own IKE port: 500, or 4500 after NAT-T floating
 * @param remotePort        peer IKE port
 * @param engineId          engine part of {@code Engine-id:Conn-id =  SW:1} ({@code SW})
 * @param engineConnId      conn part of that line (engine-local number, 1, 2, ...)
 */
public record IkeSaStatus(
        InetAddress local,
        InetAddress remote,
        IkeRole role,
        IkeV1State state,
        int connId,
        boolean deleted,
        Cipher encryption,
        Integrity hash,
        IsakmpAuth auth,
        int dhGroup,
        long lifetimeRemaining,
        Set<IkeCapability> capabilities,
        String ivrf,
        String fvrf,
        int localPort,
        int remotePort,
        String engineId,
        int engineConnId) {
    public IkeSaStatus {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(encryption, "encryption");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(auth, "auth");
        capabilities = Set.copyOf(capabilities);
        Objects.requireNonNull(engineId, "engineId");
    }

    /** {@code dst} column: the responder of this SA (own address on the router that answered). */
    public InetAddress dst() { return role == IkeRole.INITIATOR ? remote : local; }

    /** {@code src} column: the initiator of this SA. */
    public InetAddress src() { return role == IkeRole.INITIATOR ? local : remote; }
}
