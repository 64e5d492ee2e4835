package org.gatelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatelab.io.CharModelFiles;
import org.gatelab.tasks.text.CharModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gatelab train --task text} and {@code gatelab sample} end to end, in process, on tiny settings. */
class TextCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append(i % 2 == 0 ? "the cat sat on the mat.\n" : "a dog sat on a log!\n");
        }
        Path p = dir.resolve("rhymes.txt");
        Files.writeString(p, sb.toString());
        return p;
    }

    private static JsonNode json(TraceCommandTest.Result r) throws IOException {
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line on stdout: " + r.out());
        return JSON.readTree(lines.get(0));
    }

    @Test
    void trainingOnATextFileEndsWithBitsPerCharacterAndSavesAModelThatSamples() throws IOException {
        Path model = dir.resolve("rhymes.safetensors");
        TraceCommandTest.Result r = TraceCommandTest.run("train", "--task", "text", "--corpus", corpus().toString(),
                "--hidden", "8", "--epochs", "2", "--batch", "4", "--window", "16", "--sample-length", "20",
                "--out", model.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = json(r);
        assertEquals("text", j.get("task").asText());
        assertEquals("rhymes.txt", j.get("corpus").asText());
        for (String key : List.of("train_bpc", "val_bpc", "unigram_bpc", "bigram_bpc", "seconds_per_epoch")) {
            assertTrue(j.get(key).isNumber(), key + " in " + j);
        }
        assertEquals(16, j.get("window").asInt());
        assertEquals(2, j.get("epochs").asInt());
        assertFalse(j.get("diverged").asBoolean());
        assertTrue(r.err().contains("epoch   2/2"), r.err());
        assertTrue(r.err().contains("held-out bits per character of the unigram model"), r.err());

        CharModel saved = CharModelFiles.load(model);
        assertEquals("rhymes.txt", saved.corpus());
        TraceCommandTest.Result s = TraceCommandTest.run("sample", "--weights", model.toString(), "--prime", "the ",
                "--length", "30", "--temperature", "0.5", "--seed", "4");
        assertEquals(0, s.exitCode(), s.err());
        assertTrue(s.out().startsWith("the "), s.out());
        String written = s.out().substring(0, s.out().length() - System.lineSeparator().length());
        assertEquals(34, written.codePointCount(0, written.length()), "the prime and 30 characters: " + s.out());
        assertEquals(s.out(), TraceCommandTest.run("sample", "--weights", model.toString(), "--prime", "the ",
                "--length", "30", "--temperature", "0.5", "--seed", "4").out(), "the same seed, the same text");
    }

    @Test
    void badInputGetsAClearMessage() throws IOException {
        Path bin = dir.resolve("weights.bin");
        Files.write(bin, new byte[] {1, 2, 0, 4, 5});
        TraceCommandTest.Result r = TraceCommandTest.run("train", "--task", "text", "--corpus", bin.toString());
        assertEquals(2, r.exitCode());
        assertEquals("gatelab train: weights.bin: this looks like a binary file (a zero byte at byte 3); a "
                + "character model reads text, UTF-8", r.err().strip());

        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        assertTrue(TraceCommandTest.run("train", "--task", "text", "--corpus", empty.toString()).err()
                .contains("empty.txt: the file is empty"));

        assertTrue(TraceCommandTest.run("train", "--task", "text").err().contains("--task text needs --corpus"));
        assertTrue(TraceCommandTest.run("train", "--task", "text", "--corpus", corpus().toString(), "--delay", "3")
                .err().contains("--delay does not apply to the text task"));
        assertTrue(TraceCommandTest.run("train", "--task", "adding", "--corpus", "names").err()
                .contains("--corpus needs --task text"));

        Path model = dir.resolve("m.safetensors");
        assertEquals(0, TraceCommandTest.run("train", "--task", "text", "--corpus", corpus().toString(), "--hidden",
                "4", "--epochs", "1", "--batch", "4", "-q", "--out", model.toString()).exitCode());
        TraceCommandTest.Result s = TraceCommandTest.run("sample", "--weights", model.toString(), "--prime", "The");
        assertEquals(2, s.exitCode());
        assertTrue(s.err().startsWith("gatelab sample: the prime \"The\" has a character the model never saw: \"T\" "
                + "(U+0054)"), s.err());
    }

    @Test
    void theBracketLanguageIsGeneratedFromTheSeed() throws IOException {
        TraceCommandTest.Result r = TraceCommandTest.run("train", "--task", "text", "--corpus", "brackets", "--hidden",
                "4", "--epochs", "1", "-q");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = json(r);
        assertEquals("brackets", j.get("corpus").asText());
        assertEquals(4, j.get("vocabulary").asInt(), "( ) line break and the unknown character");
    }
}
