package org.ikelab.ipsec.status;

/** An integrity (hash/HMAC) algorithm as the status screens name it; {@link #NONE} for GCM or ESP without authentication. */
public enum Integrity {
    NONE, MD5, SHA1, SHA256, SHA384, SHA512
}
