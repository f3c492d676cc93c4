package io.talentgraph.bulk;

import java.util.List;

/**
 * Every id the input defines, with its kind and where it was defined, in two primitive arrays: 16 bytes a slot
 * instead of the hundred or so a {@code HashMap<String, ...>} entry costs, so that checking the references of a
 * million-person input needs tens of megabytes, not the input.
 *
 * <p>Ids are kept as 64-bit hashes. Two different ids with the same hash would be taken for one: with a million
 * ids the chance of that is about one in ten million.
 */
final class IdIndex {

    /** Kinds of entry, as {@link io.talentgraph.dataset.EntryBinder} names them; the index is the code. */
    public static final List<String> KINDS = List.of("person", "organization", "source", "group", "product", "claim");

    /** The file index of ids found in the database rather than in the input. */
    public static final int IN_DATABASE = 255;

    private long[] keys = new long[1 << 12];
    private long[] values = new long[1 << 12];
    private int size;

    /**
     * @param id an id
     * @return what is known about it ({@link #kind}, {@link #file}, {@link #line} decode it), or -1
     */
    public long get(String id) {
        long key = hash(id);
        int mask = keys.length - 1;
        for (int i = (int) key & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == 0) {
                return -1;
            }
        }
    }

    /**
     * Records an id unless it is there already.
     *
     * @param id   the id
     * @param kind one of {@link #KINDS}
     * @param file which input file defined it, or {@link #IN_DATABASE}
     * @param line the line that defined it
     * @return what was recorded before, or -1 when the id is new
     */
    public long putIfAbsent(String id, String kind, int file, long line) {
        if ((size + 1) * 10L > keys.length * 6L) {
            grow();
        }
        long key = hash(id);
        int mask = keys.length - 1;
        for (int i = (int) key & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == 0) {
                keys[i] = key;
                values[i] = encode(kind, file, line);
                size++;
                return -1;
            }
        }
    }

    /** @return how many ids are recorded */
    public int size() {
        return size;
    }

    /** @return bytes held by the two arrays */
    public long bytes() {
        return 16L * keys.length;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldValues.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) oldKeys[j] & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static long encode(String kind, int file, long line) {
        int code = KINDS.indexOf(kind);
        if (code < 0) {
            throw new IllegalArgumentException("Unknown kind " + kind);
        }
        return ((long) code << 56) | ((long) (file & 0xFF) << 48) | (line & 0xFFFF_FFFF_FFFFL);
    }

    /**
     * @param value a value from {@link #get}
     * @return the kind of entry
     */
    public static String kind(long value) {
        return KINDS.get((int) (value >>> 56));
    }

    /**
     * @param value a value from {@link #get}
     * @return the file that defined it, or {@link #IN_DATABASE}
     */
    public static int file(long value) {
        return (int) ((value >>> 48) & 0xFF);
    }

    /**
     * @param value a value from {@link #get}
     * @return the line that defined it
     */
    public static long line(long value) {
        return value & 0xFFFF_FFFF_FFFFL;
    }

    /** 64-bit FNV-1a over the UTF-16 units, finished with a strong mixer; never 0, which marks a free slot. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
