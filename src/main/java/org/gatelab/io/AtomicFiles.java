package org.gatelab.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers (and crashes) see either the old content or the complete new content, never a mix.
 *
 * <p>The content goes to a temporary file in the target's directory, which is flushed to disk and then renamed over
 * the target with {@link StandardCopyOption#ATOMIC_MOVE} (falling back to a plain replace only where the file system
 * cannot move atomically). If anything fails, the temporary file is deleted and the target is left untouched.
 */
public final class AtomicFiles {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int MAX_CREATE_ATTEMPTS = 16;

    private AtomicFiles() {
    }

    /**
     * Atomically replaces (or creates) {@code target} with what {@code writer} writes.
     *
     * <p>The stream given to {@code writer} is buffered; closing it is allowed but not needed. Exceptions the writer
     * throws itself propagate unchanged (after cleanup); failures of the file system are reported as
     * {@link IOException}s whose message names {@code target}.
     *
     * @param target the file to write
     * @param writer writes the complete new content
     * @throws IOException if the writer or the file system fails; the previous content of {@code target} is then kept
     */
    public static void write(Path target, IoConsumer<OutputStream> writer) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        if (dir == null || file.getFileName() == null) {
            throw new IOException("cannot write " + target + ": not a file path");
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": " + (Files.exists(dir)
                    ? dir + " is not a directory" : "directory " + dir + " does not exist"));
        }
        TempFile temp = openTemp(file, dir, target);
        try {
            try (FileChannel channel = temp.channel(); OutputStream out = new GuardedStream(
                    new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_SIZE), target)) {
                writer.accept(out);
                out.flush();
                force(channel, target);
            }
            move(temp.path(), file, target);
        } catch (Throwable t) {
            deleteQuietly(temp.path(), t);
            throw t;
        }
        syncDirectory(dir);
    }

    /**
     * Atomically replaces (or creates) {@code target} with {@code text} encoded as UTF-8.
     *
     * @param target the file to write
     * @param text   the complete new content
     * @throws IOException if the file cannot be written; the previous content is then kept
     */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /**
     * Atomically replaces (or creates) {@code target} with {@code bytes}.
     *
     * @param target the file to write
     * @param bytes  the complete new content
     * @throws IOException if the file cannot be written; the previous content is then kept
     */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    private static String tempName(Path file) {
        String name = file.getFileName().toString();
        if (name.length() > 100) {
            name = name.substring(0, 100); // keep within file-name length limits
        }
        return "." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp";
    }

    private record TempFile(Path path, FileChannel channel) {
    }

    /** Creates and opens a new, uniquely named file next to {@code file}. */
    private static TempFile openTemp(Path file, Path dir, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path temp = dir.resolve(tempName(file));
            try {
                return new TempFile(temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= MAX_CREATE_ATTEMPTS) {
                    throw failure(target, "cannot create a temporary file in " + dir, e);
                }
            } catch (IOException e) {
                throw failure(target, "cannot create a temporary file in " + dir, e);
            }
        }
    }

    private static void move(Path temp, Path file, Path target) throws IOException {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure(target, "cannot replace it", e);
        }
    }

    private static void force(FileChannel channel, Path target) throws IOException {
        try {
            channel.force(true);
        } catch (IOException e) {
            throw failure(target, "cannot flush it to disk", e);
        }
    }

    private static void deleteQuietly(Path temp, Throwable pending) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
            pending.addSuppressed(e);
        }
    }

    /** Makes the rename durable where the platform allows it (Linux, macOS); silently skipped elsewhere. */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort only: e.g. Windows cannot open a directory as a channel
        }
    }

    static IOException failure(Path target, String what, IOException cause) {
        String reason;
        if (cause instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (cause instanceof NoSuchFileException) {
            reason = "no such file or directory";
        } else {
            reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
        return new IOException("cannot write " + target + ": " + what + " (" + reason + ")", cause);
    }

    /**
     * The stream handed to writers: turns close() into flush() (the caller owns the channel) and makes the
     * file system's own exceptions name the target.
     */
    private static final class GuardedStream extends OutputStream {
        private final OutputStream out;
        private final Path target;

        GuardedStream(OutputStream out, Path target) {
            this.out = out;
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failure(target, "write failed", e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failure(target, "write failed", e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failure(target, "write failed", e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
