package org.ikelab.parse;

/** A token type the grammar accepts at a position, and the parser rule whose ATN state expects it. */
public record Expectation(int tokenType, int rule) {}
