package org.bilatsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.junit.jupiter.api.Test;

/**
 * The page values written by {@link DictionaryIds} decode, with parquet-java's own decoder, to the ids
 * that were encoded: runs, cycles, random ids and their mixtures, at every bit width a dictionary of
 * up to 2^20 entries needs and at page lengths that are and are not multiples of 8.
 */
class DictionaryIdsTest {
    @Test
    void everyKindOfSequenceDecodesToItsIdsWithParquetJavasDecoder() throws IOException {
        SplittableRandom random = new SplittableRandom(20);
        int[] sizes = {1, 2, 3, 7, 8, 96, 255, 256, 257, 1000, 70_000, 1 << 20};
        int[] lengths = {1, 5, 8, 9, 16, 63, 64, 65, 1000, 20_000};
        for (int size : sizes) {
            for (int length : lengths) {
                for (int kind = 0; kind < 4; kind++) {
                    int[] ids = new int[length + 10];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = switch (kind) {
                            case 0 -> random.nextInt(size); // random
                            case 1 -> (i / 13) % size; // runs of 13
                            case 2 -> i % Math.min(size, 96); // a cycle over a run's series
                            default -> random.nextInt(4) == 0 ? random.nextInt(size) : (i / 40) % size; // mixed
                        };
                    }
                    check(ids, 5, 5 + length, size);
                }
            }
        }
    }

    @Test
    void aRunIsOneRleRunOfFewBytes() {
        int[] ids = new int[20_000];
        java.util.Arrays.fill(ids, 3);
        DictionaryIds page = new DictionaryIds(4);
        page.encode(ids, 0, ids.length);
        // bit width, a 3-byte ULEB128 header (40,000) and one byte of id
        assertEquals(5, page.length());
    }

    private static void check(int[] ids, int from, int to, int size) throws IOException {
        DictionaryIds page = new DictionaryIds(size);
        page.encode(ids, from, to);
        byte[] bytes = page.bytes();
        int bitWidth = bytes[0];
        assertEquals(32 - Integer.numberOfLeadingZeros(Math.max(0, size - 1)), bitWidth);
        assertTrue(page.length() <= bytes.length);
        RunLengthBitPackingHybridDecoder decoder =
                new RunLengthBitPackingHybridDecoder(bitWidth, new ByteArrayInputStream(bytes, 1, page.length() - 1));
        int[] decoded = new int[to - from];
        for (int i = 0; i < decoded.length; i++) {
            decoded[i] = decoder.readInt();
        }
        assertArrayEquals(java.util.Arrays.copyOfRange(ids, from, to), decoded, "size " + size + ", " + (to - from));
    }
}
