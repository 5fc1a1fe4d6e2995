/**
 * IKEv1, strongSwan-shaped. {@link org.ikelab.ike.v1.IkeV1Daemon} is one router's engine (SA table,
 * dispatch, counters); each {@link org.ikelab.ike.v1.IkeSa} owns a task manager that moves the
 * messages of its exchanges (retransmission, duplicate answers, per-exchange IVs, payload rules)
 * for small tasks: main and aggressive mode (pre-shared keys, NAT-T), quick mode (PFS, proxies,
 * KEYMAT; AH+ESP sets as one proposal number with two protocols), informational (DPD, Delete,
 * INVALID-SPI). Malformed messages are dropped, counted and answered with the RFC 2408 §5 notify
 * where the RFC asks for one, rate limited ({@link org.ikelab.ike.v1.ErrorNotifier}). Events go to
 * an {@link org.ikelab.ike.v1.Ikev1Listener}.
 * Everything runs on the router's event loop; time and randomness are injected.
 */
package org.ikelab.ike.v1;
