package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void createsAndReplacesFiles() throws IOException {
        Path target = dir.resolve("settings.json");
        AtomicFiles.writeString(target, "first ✓");
        assertEquals("first ✓", Files.readString(target));

        AtomicFiles.write(target, out -> {
            out.write("second".getBytes(StandardCharsets.UTF_8));
            out.close(); // allowed
        });
        assertEquals("second", Files.readString(target));

        AtomicFiles.writeBytes(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of(target), filesInDir(), "no temporary file left behind");
    }

    @Test
    void writesLargeContent() throws IOException {
        Path target = dir.resolve("big.bin");
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        AtomicFiles.write(target, out -> {
            for (int i = 0; i < 1000; i++) {
                out.write(big[i]); // single bytes as well as arrays
            }
            out.write(big, 1000, big.length - 1000);
        });
        assertArrayEquals(big, Files.readAllBytes(target));
    }

    @Test
    void writerFailingMidwayKeepsOldContentAndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("model.safetensors");
        Files.writeString(target, "old content");
        IOException boom = new IOException("boom");

        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[200_000]); // more than the buffer: part of it reaches the temp file
            throw boom;
        }));

        assertSame(boom, thrown, "the writer's own exception propagates unchanged");
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of(target), filesInDir());
    }

    @Test
    void uncheckedWriterFailureAlsoCleansUp() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), filesInDir());
    }

    @Test
    void failedWriteOfNewFileCreatesNothing() throws IOException {
        Path target = dir.resolve("new.txt");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            throw new IOException("nope");
        }));
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void missingDirectoryIsReportedWithThePath() {
        Path target = dir.resolve("no/such/dir/file.txt");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "x"));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void parentThatIsAFileIsReportedWithThePath() throws IOException {
        Path notADir = Files.writeString(dir.resolve("plain.txt"), "x");
        Path target = notADir.resolve("file.txt");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "x"));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
    }

    @Test
    void targetThatIsADirectoryIsReportedAndCleanedUp() throws IOException {
        Path target = Files.createDirectory(dir.resolve("taken"));
        Files.writeString(target.resolve("inside"), "keep");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "x"));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals(List.of(target), filesInDir());
        assertEquals("keep", Files.readString(target.resolve("inside")));
    }

    @Test
    void readOnlyDirectoryIsReportedWithThePath() throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        PosixFileAttributeView view = Files.getFileAttributeView(readOnly, PosixFileAttributeView.class);
        assumeTrue(view != null, "needs POSIX permissions");
        view.setPermissions(PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(readOnly), "permissions are not enforced (running as root?)");
            Path target = readOnly.resolve("file.txt");
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "x"));
            assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
        } finally {
            view.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
