package org.ikelab.ike.status;

/** Which side started the exchange; decides which address is {@code dst} and which {@code src}. */
public enum IkeRole { INITIATOR, RESPONDER }
