package org.ikelab.ike.v1;

import org.ikelab.ike.ChildConfig;
import org.ikelab.ike.ChildSa;

/**
 * The inbound and outbound SA one quick mode created (IOS shows them as a pair per protocol),
 * with the configuration they were negotiated for (what a rekey offers again).
 */
public record ChildSaPair(ChildSa inbound, ChildSa outbound, ChildConfig config) {
}
