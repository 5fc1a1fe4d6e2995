package org.ikelab.router.crypto;

import java.util.List;
import org.ikelab.ike.ChildSa;
import org.ikelab.ike.ChildTransform;
import org.ikelab.ipsec.DfBitPolicy;
import org.ikelab.ipsec.SaConfig;
import org.ikelab.ipsec.status.Cipher;
import org.ikelab.ipsec.status.Integrity;

/**
 * Turns what IKE negotiated into what the data plane installs, and names transforms the way
 * IOS screens do. It needs the crypto transform catalogue, which the router layer may not see,
 * so the config layer implements it.
 */
public interface SaTranslator {
    /** The data-plane SA for one negotiated SA (keys, algorithms, mode, selectors, lifetimes). */
    SaConfig toSaConfig(ChildSa sa, int replayWindow, DfBitPolicy dfBit);

    /** IOS display names of a transform, e.g. {@code [esp-aes, esp-sha-hmac]} or {@code [ah-sha-hmac]}. */
    List<String> displayNames(ChildTransform transform);

    /** The cipher of an installed SA, for the engine table and session screens. */
    Cipher cipher(SaConfig sa);

    /** The integrity algorithm of an installed SA. */
    Integrity integrity(SaConfig sa);
}
