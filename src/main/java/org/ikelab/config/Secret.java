package org.ikelab.config;

/**
 * A password or secret as IOS stores it: the type (0 clear, 5 MD5, 7 Cisco's reversible
 * encoding, 8 PBKDF2-SHA256, 9 scrypt) and the stored text.
 */
public record Secret(int type, String value) {}
