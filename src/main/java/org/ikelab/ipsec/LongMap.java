package org.ikelab.ipsec;

import java.util.ArrayList;
import java.util.List;

/**
 * A small open-addressing hash map from long keys to values, so the per-packet SAD lookup
 * allocates nothing (a {@code HashMap<Long, ...>} boxes the key on every lookup). Keys are never
 * {@link Long#MIN_VALUE}, which marks an empty slot. Removal uses backward-shift deletion.
 */
final class LongMap<V> {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private Object[] values;
    private int size;

    LongMap() {
        keys = new long[16];
        java.util.Arrays.fill(keys, EMPTY);
        values = new Object[16];
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int m = keys.length - 1;
        int i = mix(key) & m;
        for (int probes = 0; probes < keys.length; probes++) {
            long k = keys[i];
            if (k == EMPTY) return null;
            if (k == key) return (V) values[i];
            i = (i + 1) & m;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    V put(long key, V value) {
        if (key == EMPTY) throw new IllegalArgumentException("reserved key");
        if ((size + 1) * 2 > keys.length) grow();
        int m = keys.length - 1;
        int i = mix(key) & m;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                V old = (V) values[i];
                values[i] = value;
                return old;
            }
            i = (i + 1) & m;
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return null;
    }

    @SuppressWarnings("unchecked")
    V remove(long key) {
        int m = keys.length - 1;
        int i = mix(key) & m;
        for (int probes = 0; probes < keys.length; probes++) {
            if (keys[i] == EMPTY) return null;
            if (keys[i] == key) {
                V old = (V) values[i];
                deleteAt(i);
                size--;
                return old;
            }
            i = (i + 1) & m;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    List<V> values() {
        List<V> out = new ArrayList<>(size);
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) out.add((V) values[i]);
        return out;
    }

    private void deleteAt(int hole) {
        int m = keys.length - 1;
        int i = hole;
        while (true) {
            i = (i + 1) & m;
            if (keys[i] == EMPTY) break;
            int home = mix(keys[i]) & m;
            // Move the entry back into the hole if its home slot is not between hole and i (cyclically).
            boolean between = hole <= i ? (home > hole && home <= i) : (home > hole || home <= i);
            if (!between) {
                keys[hole] = keys[i];
                values[hole] = values[i];
                hole = i;
            }
        }
        keys[hole] = EMPTY;
        values[hole] = null;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                @SuppressWarnings("unchecked") V v = (V) oldValues[i];
                put(oldKeys[i], v);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
