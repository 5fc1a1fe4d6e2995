package org.ikelab.crypto.dh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixed-base comb that makes our public values gives exactly what {@code g.modPow(x, p)} gives. */
class ModpCombTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 14, 15, 16, 24})
    void combMatchesModPow(int id) {
        ModpGroup group = (ModpGroup) DhGroups.byId(id).orElseThrow();
        BigInteger p = group.prime();
        BigInteger g = generator(group);
        Random rnd = new Random(id);
        int maxBits = 320; // beyond every group's comb size, so the modPow fallback is covered too
        for (int bits = 1; bits <= maxBits; bits += 7) {
            BigInteger x = new BigInteger(bits, rnd).setBit(bits - 1);
            assertEquals(g.modPow(x, p), group.powG(x), "group " + id + ", " + bits + "-bit exponent " + x.toString(16));
        }
        // Edge bytes: all-ones and zero bytes inside the exponent.
        for (String hex : new String[] {"ff", "100", "ff00ff00ff", "80000000000000000000000000000001", "ffffffffffffffffffffffffffffffffffffffff"}) {
            BigInteger x = new BigInteger(hex, 16);
            assertEquals(g.modPow(x, p), group.powG(x), "group " + id + ", exponent " + hex);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 14, 24})
    void publicValueIsGToThePrivateValue(int id) {
        ModpGroup group = (ModpGroup) DhGroups.byId(id).orElseThrow();
        Random rnd = new Random(7);
        for (int i = 0; i < 20; i++) {
            byte[] priv = new BigInteger(160, rnd).setBit(159).toByteArray();
            BigInteger expected = generator(group).modPow(new BigInteger(1, priv), group.prime());
            assertEquals(expected, new BigInteger(1, group.fromPrivate(priv).publicValue()));
        }
    }

    /** g recovered from the public value of private value 1. */
    private static BigInteger generator(ModpGroup group) {
        return new BigInteger(1, group.fromPrivate(new byte[] {1}).publicValue());
    }
}
