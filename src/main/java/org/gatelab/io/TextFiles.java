package org.gatelab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a text file a user opens for a character model: UTF-8 (a byte-order mark is dropped), line ends
 * {@code \r\n} and {@code \r} read as {@code \n}. Memory stays bounded whatever the file's size: at most
 * {@link #MAX_BYTES} bytes are read, and a larger file is used from its start up to the last whole line within
 * that, with a note saying so. An empty file, one with only white space, a binary file (a NUL byte, or more than
 * one control character in ten, in what is read) and bytes that are not UTF-8 are refused with a message
 * naming the file and, where it helps, the line.
 */
public final class TextFiles {
    /** The most bytes read from one file: 4 MiB, a little more than three times <i>Moby-Dick</i>. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * The text of a file.
     *
     * @param text  the text used (at most {@link #MAX_BYTES} bytes of the file)
     * @param bytes the file's whole size
     * @param note  what was left out and why, or empty when the whole file is used
     */
    public record TextFile(String text, long bytes, String note) {
    }

    /** Reads {@code path}; see the class comment. */
    public static TextFile read(Path path) throws IOException {
        return read(path, MAX_BYTES);
    }

    /** As {@link #read(Path)}, reading at most {@code maxBytes} bytes. */
    static TextFile read(Path path, int maxBytes) throws IOException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new InputFileException(path + ": no such file");
        }
        if (Files.isDirectory(path)) {
            throw new InputFileException(name + ": is a folder, not a text file");
        }
        long size;
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            size = Files.size(path);
            head = in.readNBytes(maxBytes);
            if (head.length == maxBytes && in.read() >= 0) {
                size = Math.max(size, (long) maxBytes + 1); // a pipe or a growing file reports no size
            }
        } catch (NoSuchFileException e) {
            throw new InputFileException(path + ": no such file");
        } catch (IOException e) {
            throw new InputFileException(name + ": cannot read: " + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw new InputFileException(name + ": the file is empty; a character model needs text to read");
        }
        boolean cut = size > head.length;
        refuseBinary(name, head);
        String text = decode(name, head, cut);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        String note = "";
        if (cut) {
            int lastLine = text.lastIndexOf('\n');
            if (lastLine > 0) {
                text = text.substring(0, lastLine + 1);
            }
            note = String.format(Locale.ROOT, "%s is %s; only its first %s (%,d characters, up to the last whole "
                    + "line) are used", name, size(size), size(maxBytes), text.codePointCount(0, text.length()));
        }
        if (text.isBlank()) {
            throw new InputFileException(name + ": the file holds only white space; a character model needs text "
                    + "to read");
        }
        return new TextFile(text, size, note);
    }

    /** A NUL byte, or more than one control character in ten (tab, line ends and form feed aside): not text. */
    private static void refuseBinary(String name, byte[] bytes) throws InputFileException {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new InputFileException(String.format(Locale.ROOT, "%s: this looks like a binary file (a zero "
                        + "byte at byte %,d); a character model reads text, UTF-8", name, i + 1));
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                controls++;
            }
        }
        if (controls * 10L > bytes.length) {
            throw new InputFileException(String.format(Locale.ROOT, "%s: this looks like a binary file (%,d of its "
                    + "first %,d bytes are control characters); a character model reads text, UTF-8", name, controls,
                    bytes.length));
        }
    }

    /**
     * UTF-8, strictly; when the file was cut, a character split at the cut is dropped rather than refused.
     */
    private static String decode(String name, byte[] bytes, boolean cut) throws InputFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, !cut);
        if (r.isError()) {
            int at = in.position();
            throw new InputFileException(String.format(Locale.ROOT, "%s:%d: byte 0x%02X (byte %,d of the file) is "
                    + "not UTF-8; save the file as UTF-8 text", name, line(bytes, at), bytes[at] & 0xFF, at + 1));
        }
        if (!cut) {
            CoderResult end = decoder.flush(out);
            if (end.isError()) {
                throw new InputFileException(name + ": the file ends inside a UTF-8 character");
            }
        }
        out.flip();
        return out.toString();
    }

    private static int line(byte[] bytes, int upTo) {
        int line = 1;
        for (int i = 0; i < upTo; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 2.0 GB, 4 MB, 512 KB, 120 bytes. */
    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / (double) (1L << 10));
        }
        return bytes + " bytes";
    }

}
