package org.ikelab.config;

/** A port condition: {@code eq|gt|lt|neq P} (high unused) or {@code range LOW HIGH}. */
public record PortMatch(String op, int low, int high) {}
