package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path dir;

    @Test
    void aRecordRoundTripsWithTheLearnersSeed() throws IOException {
        Path file = dir.resolve("user/progress.json");
        LessonProgress p = LessonProgress.none().atStep(2).finishing(0)
                .answering(0, 0, "the forget gate, f", false, 12.34)
                .answering(0, 0, "the input gate, i", true, 30)
                .skipping(1, 0, 4.0)
                .skipping(1, 0, 8.0);
        new ProgressStore(file, () -> 1).save(-4962768465676381896L, Map.of("04-lstm", p));
        ProgressStore.Loaded back = new ProgressStore(file, () -> 7).load();
        assertEquals("", back.message());
        assertEquals(-4962768465676381896L, back.seed(), "the file's seed, not a new one");
        LessonProgress q = back.lessons().get("04-lstm");
        assertEquals(2, q.current());
        assertEquals(Set.of(0), q.finished());
        LessonProgress.CheckRecord first = q.check(0, 0);
        assertEquals("the forget gate, f", first.firstAnswer());
        assertFalse(first.firstCorrect());
        assertTrue(first.correct(), "right on the second try");
        assertEquals(2, first.attempts());
        assertFalse(first.skipped());
        assertEquals(12.3, first.seconds(), 1e-9, "the first answer's time, to a tenth of a second");
        LessonProgress.CheckRecord skipped = q.check(1, 0);
        assertTrue(skipped.skipped());
        assertTrue(skipped.closed());
        assertEquals(0, skipped.attempts());
        assertEquals("", skipped.firstAnswer());
        assertEquals(4.0, skipped.seconds(), 0.0, "skipping twice keeps the first skip");
    }

    @Test
    void aFileWithoutASeedGetsANewOneAndAMissingFileToo() throws IOException {
        Path file = dir.resolve("progress.json");
        assertEquals(5, new ProgressStore(file, () -> 5).load().seed());
        Files.writeString(file, "{\"gatelab\": \"progress\", \"version\": 1, \"lessons\": {}}");
        assertEquals(6, new ProgressStore(file, () -> 6).load().seed());
    }

    /** A file written by the previous version loads: its one answer counts as the first, with no time. */
    @Test
    void versionOneFilesStillLoad() throws IOException {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, """
                {"gatelab":"progress","version":1,"lessons":{"04-lstm":{"current":3,"finished":[0,1,2],
                 "answers":{"1.0":{"answer":"0.5","correct":true},"2.1":{"answer":"b","correct":false}}}}}
                """);
        ProgressStore.Loaded l = new ProgressStore(file, () -> 3).load();
        assertEquals("", l.message());
        assertEquals(3, l.seed());
        LessonProgress p = l.lessons().get("04-lstm");
        assertEquals(Set.of(0, 1, 2), p.finished());
        LessonProgress.CheckRecord r = p.check(1, 0);
        assertEquals(new LessonProgress.CheckRecord("0.5", true, true, 1, false, Double.NaN), r);
        assertFalse(p.check(2, 1).correct());
        assertTrue(Files.exists(file), "a readable file is kept as it is");
    }

    /** A version-2 record missing fields gets their defaults. */
    @Test
    void missingFieldsGetDefaults() throws IOException {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, """
                {"gatelab":"progress","version":2,"seed":11,"lessons":{"a":{"checks":{"0.0":{"first_answer":"2"},
                 "0.1":{"skipped":true},"0.2":{"first_answer":"x","first_correct":true,"seconds":null}}}}}
                """);
        ProgressStore.Loaded l = new ProgressStore(file, () -> 3).load();
        assertEquals("", l.message());
        assertEquals(11, l.seed());
        LessonProgress p = l.lessons().get("a");
        assertEquals(0, p.current());
        assertEquals(new LessonProgress.CheckRecord("2", false, false, 1, false, Double.NaN), p.check(0, 0));
        assertEquals(new LessonProgress.CheckRecord("", false, false, 0, true, Double.NaN), p.check(0, 1));
        assertTrue(p.check(0, 2).correct(), "right the first time: right");
    }

    @Test
    void aBrokenRecordSetsTheFileAsideWithAMessageNamingTheField() throws IOException {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, """
                {"gatelab":"progress","version":2,"seed":11,"lessons":{"a":{"checks":{"0.0":{"attempts":-1}}}}}
                """);
        ProgressStore.Loaded l = new ProgressStore(file, () -> 3).load();
        assertTrue(l.message().contains("lessons.a.checks.0.0\".attempts must be a whole number from 0"),
                l.message());
        assertTrue(l.lessons().isEmpty());
        assertEquals(3, l.seed());
        assertFalse(Files.exists(file), "set aside, never overwritten unread");
        Files.writeString(file, "{\"gatelab\":\"progress\",\"seed\":\"abc\"}");
        assertTrue(new ProgressStore(file, () -> 3).load().message().contains("\"seed\" must be a whole number"));
    }
}
