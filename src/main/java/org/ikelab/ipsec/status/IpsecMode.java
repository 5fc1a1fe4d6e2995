package org.ikelab.ipsec.status;

/** Encapsulation mode of an SA ({@code in use settings ={Tunnel, }} / {@code ={Transport, }}). */
public enum IpsecMode { TUNNEL, TRANSPORT }
