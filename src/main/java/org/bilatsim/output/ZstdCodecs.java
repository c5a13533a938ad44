package org.bilatsim.output;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Zstandard compression of Parquet pages straight through zstd-jni. parquet-java's own codec factory
 * goes through Hadoop's codec classes and its XML configuration (woodstox, commons-logging, Guava
 * and more); this one needs none of them. Level 3, zstd's default: about the ratio of level 9 on
 * these dictionary-encoded pages at a fraction of the time.
 */
final class ZstdCodecs implements CompressionCodecFactory {
    static final int LEVEL = 3;

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        if (codec != CompressionCodecName.ZSTD) {
            throw new IllegalArgumentException("only ZSTD, not " + codec);
        }
        return new BytesInputCompressor() {
            @Override
            @SuppressWarnings("deprecation") // toByteArray: a page is one array here anyway
            public BytesInput compress(BytesInput bytes) throws IOException {
                return BytesInput.from(Zstd.compress(bytes.toByteArray(), LEVEL));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return CompressionCodecName.ZSTD;
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("bilatsim writes Parquet; it does not read it");
    }

    @Override
    public void release() {}
}
