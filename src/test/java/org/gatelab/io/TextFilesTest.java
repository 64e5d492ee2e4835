package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private String refusal(Path p) {
        return assertThrows(InputFileException.class, () -> TextFiles.read(p)).getMessage();
    }

    @Test
    void utf8TextIsReadWithItsLineEndsMadeUniformAndNoByteOrderMark() throws IOException {
        Path p = write("t.txt", "\uFEFFCall me Ishmael.\r\nSome years ago \u2014 never mind\rhow long.\n"
                .getBytes(StandardCharsets.UTF_8));
        TextFiles.TextFile f = TextFiles.read(p);
        assertEquals("Call me Ishmael.\nSome years ago \u2014 never mind\nhow long.\n", f.text());
        assertEquals("", f.note());
    }

    @Test
    void emptyBlankBinaryAndNonUtf8FilesAreRefusedNamingTheFile() throws IOException {
        assertEquals("empty.txt: the file is empty; a character model needs text to read",
                refusal(write("empty.txt", new byte[0])));
        assertEquals("blank.txt: the file holds only white space; a character model needs text to read",
                refusal(write("blank.txt", " \n\n\t ".getBytes(StandardCharsets.UTF_8))));
        assertEquals("model.bin: this looks like a binary file (a zero byte at byte 3); a character model reads "
                + "text, UTF-8", refusal(write("model.bin", new byte[] {'a', 'b', 0, 'c'})));
        byte[] controls = new byte[100];
        java.util.Arrays.fill(controls, (byte) 'x');
        for (int i = 0; i < 20; i++) {
            controls[i * 5] = 0x07;
        }
        assertTrue(refusal(write("bells", controls)).startsWith("bells: this looks like a binary file (20 of its "
                + "first 100 bytes are control characters)"));
        byte[] latin1 = "caf\u00e9\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("latin1.txt:1: byte 0xE9 (byte 4 of the file) is not UTF-8; save the file as UTF-8 text",
                refusal(write("latin1.txt", latin1)));
        assertEquals(dir.resolve("missing.txt") + ": no such file", refusal(dir.resolve("missing.txt")));
        assertEquals(dir.getFileName() + ": is a folder, not a text file", refusal(dir));
    }

    /** A file larger than the cap is used from its start to its last whole line within the cap, and says so. */
    @Test
    void aLargeFileIsReadOnlyUpToTheCapUpToItsLastWholeLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            sb.append("line ").append(i).append(" \u00e9\u00e9\n");
        }
        Path p = write("long.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
        // 50 bytes: "line 0 éé\n" is 12 bytes, so four whole lines (48 bytes) and the start of the fifth
        TextFiles.TextFile f = TextFiles.read(p, 50);
        assertEquals("line 0 \u00e9\u00e9\nline 1 \u00e9\u00e9\nline 2 \u00e9\u00e9\nline 3 \u00e9\u00e9\n", f.text());
        assertTrue(f.note().startsWith("long.txt is 1 KB; only its first 50 bytes (40 characters"), f.note());
        // a cut inside a two-byte character is not an encoding error
        assertEquals(4, TextFiles.read(p, 59).text().split("\n").length);
    }

    /** 2 GB: a sparse file whose first megabytes are text; only the cap is read, whatever the size. */
    @Test
    void aTwoGigabyteFileIsReadInBoundedMemory() throws IOException {
        Path p = dir.resolve("huge.txt");
        byte[] line = "the quick brown fox jumps over the lazy dog\n".getBytes(StandardCharsets.US_ASCII);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            int written = 0;
            while (written < TextFiles.MAX_BYTES + 4096) {
                f.write(line);
                written += line.length;
            }
            f.setLength(2L * 1024 * 1024 * 1024);
        }
        TextFiles.TextFile t = TextFiles.read(p);
        assertEquals(2L * 1024 * 1024 * 1024, t.bytes());
        assertTrue(t.text().length() <= TextFiles.MAX_BYTES);
        assertTrue(t.text().endsWith("lazy dog\n"));
        assertTrue(t.note().startsWith("huge.txt is 2.0 GB; only its first 4.0 MB ("), t.note());
    }
}
