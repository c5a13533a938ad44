package org.bilatsim.output;

import java.util.Arrays;
import org.apache.parquet.column.values.bitpacking.BytePacker;
import org.apache.parquet.column.values.bitpacking.Packer;

/**
 * Dictionary ids as the values of a Parquet data page: one byte of bit width, then the
 * RLE/bit-packed hybrid of the Parquet specification (Encodings.md, "Run Length Encoding / Bit-Packing
 * Hybrid"): a run of at least 8 equal ids is one RLE run (a ULEB128 header {@code count << 1}, then
 * the id in {@code ceil(width / 8)} little-endian bytes); other ids are bit-packed in groups of 8
 * (a header {@code groups << 1 | 1}, then the groups packed by parquet-java's own
 * {@link BytePacker}), the last group padded with zeros, which readers ignore past the page's value
 * count.
 *
 * <p>parquet-java's {@code RunLengthBitPackingHybridEncoder} writes the same format a value per call
 * (about 10 ns each, a sixth of the monthly table's encoding); the tables' id columns are long runs
 * of one id (scenario, replication, seed, month) or short cycles over a run's series, and here a
 * group of 8 is checked for a run and packed in one call.
 */
final class DictionaryIds {
    private final int bitWidth;
    private final int idBytes;
    private final BytePacker packer;
    private final int[] group = new int[8];
    private byte[] out = new byte[0];
    private int length;

    /** @param dictionarySize how many ids there are (ids are 0 to size-1) */
    DictionaryIds(int dictionarySize) {
        this.bitWidth = 32 - Integer.numberOfLeadingZeros(Math.max(0, dictionarySize - 1));
        this.idBytes = (bitWidth + 7) / 8;
        this.packer = Packer.LITTLE_ENDIAN.newBytePacker(bitWidth);
    }

    /**
     * Encodes {@code ids[from]} to {@code ids[to - 1]}; the page's bytes are then {@link #bytes()}
     * up to {@link #length()}, until the next call.
     */
    void encode(int[] ids, int from, int to) {
        int n = to - from;
        // At most one header (5 bytes) and one id (4 bytes) for every 8 values and one more, and the
        // packed groups' bytes.
        int bound = 1 + (n / 8 + 2) * (5 + 4 + bitWidth);
        if (out.length < bound) {
            out = new byte[bound];
        }
        length = 0;
        out[length++] = (byte) bitWidth;
        int i = from;
        while (i < to) {
            int run = run(ids, i, to);
            if (run >= 8) {
                varint(run << 1);
                int id = ids[i];
                for (int b = 0; b < idBytes; b++) {
                    out[length++] = (byte) (id >>> (8 * b));
                }
                i += run;
                continue;
            }
            // Bit-packed groups from i until a group that starts a run of 8 or the page's end.
            int groups = 0;
            int end = i;
            while (end < to && (groups == 0 || run(ids, end, Math.min(to, end + 8)) < 8)) {
                groups++;
                end += 8;
            }
            varint(groups << 1 | 1);
            for (int g = 0; g < groups; g++) {
                int start = i + 8 * g;
                if (start + 8 <= to) {
                    packer.pack8Values(ids, start, out, length);
                } else {
                    Arrays.fill(group, 0);
                    System.arraycopy(ids, start, group, 0, to - start);
                    packer.pack8Values(group, 0, out, length);
                }
                length += bitWidth;
            }
            i = Math.min(end, to);
        }
    }

    byte[] bytes() {
        return out;
    }

    int length() {
        return length;
    }

    /** How many ids from {@code i} (before {@code to}) equal {@code ids[i]}. */
    private static int run(int[] ids, int i, int to) {
        int id = ids[i];
        int j = i + 1;
        while (j < to && ids[j] == id) {
            j++;
        }
        return j - i;
    }

    private void varint(int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out[length++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out[length++] = (byte) v;
    }
}
