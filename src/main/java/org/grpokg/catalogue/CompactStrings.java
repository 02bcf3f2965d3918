package org.grpokg.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Many short strings in one byte array (UTF-8) with their offsets: about the strings' own bytes
 * plus 4 bytes each, where a {@code List<String>} costs some 50 bytes more per string. Append-only.
 */
final class CompactStrings {

    private byte[] bytes = new byte[1 << 12];
    private int[] ends = new int[1 << 8];
    private int size;
    private int used;

    /** Appends {@code s}; returns its index. */
    int add(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (used + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + b.length));
        }
        System.arraycopy(b, 0, bytes, used, b.length);
        used += b.length;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size] = used;
        return size++;
    }

    int size() {
        return size;
    }

    String get(int i) {
        int start = i == 0 ? 0 : ends[i - 1];
        return new String(bytes, start, ends[i] - start, StandardCharsets.UTF_8);
    }

    /** Compares strings {@code i} and {@code j} byte by byte (unsigned), as file names are ordered. */
    int compare(int i, int j) {
        int a = i == 0 ? 0 : ends[i - 1];
        int b = j == 0 ? 0 : ends[j - 1];
        return Arrays.compareUnsigned(bytes, a, ends[i], bytes, b, ends[j]);
    }

    /** The indices 0..size-1 ordered by {@link #compare} (a merge sort on ints: no boxing). */
    int[] sortedOrder() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        int[] tmp = new int[size];
        for (int width = 1; width < size; width *= 2) {
            for (int lo = 0; lo < size; lo += 2 * width) {
                int mid = Math.min(lo + width, size);
                int hi = Math.min(lo + 2 * width, size);
                int a = lo;
                int b = mid;
                int k = lo;
                while (a < mid && b < hi) {
                    tmp[k++] = compare(order[a], order[b]) <= 0 ? order[a++] : order[b++];
                }
                while (a < mid) {
                    tmp[k++] = order[a++];
                }
                while (b < hi) {
                    tmp[k++] = order[b++];
                }
            }
            int[] t = order;
            order = tmp;
            tmp = t;
        }
        return order;
    }

    /**
     * An open-addressing index from a key derived from each string (by {@code keyOf}) to the
     * string's index: ints only, the key recomputed from the bytes to settle collisions.
     */
    static final class Index {
        private final CompactStrings strings;
        private final java.util.function.IntFunction<String> keyOf;
        private int[] slots = new int[1 << 10];
        private int count;

        Index(CompactStrings strings, java.util.function.IntFunction<String> keyOf) {
            this.strings = strings;
            this.keyOf = keyOf;
            Arrays.fill(slots, -1);
        }

        /** The index of the string whose key is {@code key}, or -1. */
        int find(String key) {
            int mask = slots.length - 1;
            for (int s = mix(key.hashCode()) & mask; slots[s] >= 0; s = (s + 1) & mask) {
                if (keyOf.apply(slots[s]).equals(key)) {
                    return slots[s];
                }
            }
            return -1;
        }

        /** Adds string {@code index} (its key must not be in the index yet). */
        void put(String key, int index) {
            if ((count + 1) * 2 > slots.length) {
                int[] old = slots;
                slots = new int[old.length * 2];
                Arrays.fill(slots, -1);
                for (int i : old) {
                    if (i >= 0) {
                        insert(keyOf.apply(i), i);
                    }
                }
            }
            insert(key, index);
            count++;
        }

        private void insert(String key, int index) {
            int mask = slots.length - 1;
            int s = mix(key.hashCode()) & mask;
            while (slots[s] >= 0) {
                s = (s + 1) & mask;
            }
            slots[s] = index;
        }

        private static int mix(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        CompactStrings strings() {
            return strings;
        }
    }
}
