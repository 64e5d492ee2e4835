package org.gatelab.viewmodel.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gatelab.io.TextFiles;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the language lab says about a file it cannot use (binary, empty), a huge one (only its start is read, and
 * the summary says so), and typed characters outside the model's vocabulary; after each, the lab still works.
 * The work runs on the task runner, never on the caller's thread (here a direct runner, so it is synchronous).
 */
class LanguageLabBadInputTest {
    @TempDir
    Path dir;

    private static LanguageLabViewModel lab() {
        return new LanguageLabViewModel(new WorkspaceViewModel(TaskRunner.direct()), TaskRunner.direct(),
                Runnable::run, Path.of("assets"));
    }

    @Test
    void aBinaryOrEmptyFileIsRefusedNamingItAndTheBundledCorpusStillLoads() throws IOException {
        LanguageLabViewModel lab = lab();
        assertEquals("", lab.noticeProperty().get());
        String names = lab.dataSummaryProperty().get();
        assertTrue(names.startsWith("English first names"), names);

        Path binary = Files.write(dir.resolve("weights.bin"), new byte[] {'a', 'b', 0, 'c'});
        lab.openCorpus(binary);
        assertEquals("The corpus could not be used: weights.bin: this looks like a binary file (a zero byte at "
                + "byte 3); a character model reads text, UTF-8", lab.noticeProperty().get());
        assertEquals(lab.noticeProperty().get(), lab.snapshot().status());
        lab.start();
        assertFalse(lab.training(), "nothing to train on");

        lab.openCorpus(Files.write(dir.resolve("empty.txt"), new byte[0]));
        assertEquals("The corpus could not be used: empty.txt: the file is empty; a character model needs text to "
                + "read", lab.noticeProperty().get());

        lab.setCorpus("names");
        assertEquals("", lab.noticeProperty().get());
        assertEquals(names, lab.dataSummaryProperty().get());
        assertNotNull(lab.inspector().reading(), "the bundled model reads the held-out names again");
    }

    /** 2 GB (sparse, text at the start): only the first 4 MB are read, and the summary says so. */
    @Test
    void aHugeFileIsReadOnlyUpToTheCapAndTheSummarySaysSo() throws IOException {
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
        LanguageLabViewModel lab = lab();
        lab.openCorpus(p);
        assertEquals("", lab.noticeProperty().get());
        String summary = lab.dataSummaryProperty().get();
        assertTrue(summary.contains("huge.txt is 2.0 GB; only its first 4.0 MB ("), summary);
    }

    @Test
    void typedCharactersOutsideTheVocabularyAreNamedAndReadAsTheUnknownOne() {
        LanguageLabViewModel lab = lab();
        lab.inspector().setText("Zoë\nJo\u00df\n");
        assertEquals("2 characters are outside the model's vocabulary and read as the unknown character \uFFFD",
                lab.inspector().problemProperty().get());
        assertNotNull(lab.inspector().reading());
        lab.inspector().setText("Emma\n");
        assertEquals("", lab.inspector().problemProperty().get());
    }
}
