package org.bilatsim.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way bilatsim writes a file outside a run folder (a run folder is atomic as a whole, see
 * {@link RunFolder}): the bytes go to a temporary name in the target's folder, are forced to the
 * disk, and the file is then linked (or renamed) to its final name. A full disk, a kill or any other
 * failure leaves no file under the final name, never a truncated one, and the temporary file is
 * removed. An existing file is never replaced.
 */
public final class AtomicFile {
    /** Temporary files are hidden and short, so that a long final name still has room. */
    static final String TEMPORARY_PREFIX = ".bilatsim-";

    private AtomicFile() {}

    /**
     * Writes {@code bytes} to {@code target}, which must not exist.
     *
     * @throws FileAlreadyExistsException if {@code target} exists (or appears meanwhile)
     * @throws IOException                on any failure of the disk; nothing is left under {@code target}
     */
    public static void writeNew(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, TEMPORARY_PREFIX, ".tmp");
        try {
            try (FileChannel channel =
                    FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // On the disk before it has its name: a crash after the rename cannot leave it short.
                channel.force(true);
            }
            publish(temporary, absolute);
        } catch (IOException e) {
            // A full disk names no file: say which one could not be written.
            throw e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                    ? e
                    : new IOException(target + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Gives the complete temporary file its final name. A hard link fails if the name exists, so no
     * other file is ever replaced; where links are not supported (some network and FAT file
     * systems) an atomic rename after a check is the fallback.
     */
    private static void publish(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException unsupported) {
                throw new IOException(target.getParent() + " does not support an atomic rename", unsupported);
            }
        }
    }
}
