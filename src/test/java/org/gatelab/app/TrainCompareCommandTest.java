package org.gatelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatelab.engine.Model;
import org.gatelab.io.ModelFiles;
import org.gatelab.vocabulary.CellKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gatelab train} and {@code gatelab compare} end to end, in process, on tiny settings. */
class TrainCompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String[] TINY = {"--length", "10", "--train-size", "32", "--val-size", "16", "--hidden", "4",
        "--epochs", "2", "--batch", "16"};

    @TempDir
    Path dir;

    private static String[] args(String command, String... more) {
        String[] all = new String[1 + more.length];
        all[0] = command;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The last non-empty line of stdout, which must be the only one. */
    private static JsonNode jsonLine(TraceCommandTest.Result r) throws IOException {
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line on stdout: " + r.out());
        return JSON.readTree(lines.get(0));
    }

    @Test
    void trainPrintsOneJsonLineAndSavesTheModel() throws IOException {
        Path model = dir.resolve("model.safetensors");
        TraceCommandTest.Result r = TraceCommandTest.run(concat(args("train", TINY), "--cell", "gru", "--seed", "3",
                "--out", model.toString()));
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = jsonLine(r);
        assertEquals("adding", j.get("task").asText());
        assertEquals("gru", j.get("cell").asText());
        assertEquals(4, j.get("hidden").asInt());
        assertEquals(3 * 4 * (2 + 4 + 2) + 5, j.get("parameters").asLong());
        for (String key : List.of("train_loss", "val_loss", "baseline_val_loss", "seconds_per_epoch")) {
            assertTrue(j.get(key).isNumber(), key);
        }
        assertFalse(j.has("accuracy"), "the adding problem has no accuracy");
        assertEquals(2, j.get("epochs").asInt());
        assertFalse(j.get("diverged").asBoolean());
        // progress on stderr, one line per epoch
        assertTrue(r.err().contains("epoch   1/2"), r.err());
        assertTrue(r.err().contains("epoch   2/2"), r.err());
        Model saved = ModelFiles.load(model, null, null);
        assertEquals(CellKind.GRU, saved.config().cell());
        assertEquals(4, saved.config().hiddenSize());
    }

    @Test
    void trainReportsAccuracyForClassificationTasks() throws IOException {
        TraceCommandTest.Result r = TraceCommandTest.run("train", "--task", "copy", "--delay", "2", "--train-size", "32",
                "--val-size", "16", "--hidden", "4", "--epochs", "1", "--batch", "16", "-q");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = jsonLine(r);
        assertTrue(j.get("accuracy").isNumber());
        assertEquals(0.2, j.get("chance_accuracy").asDouble(), 1e-12);
        assertEquals("", r.err(), "--quiet");
    }

    @Test
    void trainOnARecordingOfTheGalleryReportsItsReferencesAndCredit() throws IOException {
        TraceCommandTest.Result r = TraceCommandTest.run("train", "--task", "real", "--dataset", "sensors-indoor",
                "--difference", "1", "--window", "10", "--hidden", "4", "--epochs", "1");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = jsonLine(r);
        assertEquals("real", j.get("task").asText());
        assertEquals("sensors-indoor", j.get("dataset").asText());
        assertTrue(j.get("linear_ar_val_loss").isNumber());
        assertTrue(j.get("naive_precision").isNumber() && j.get("linear_ar_recall").isNumber(), j.toString());
        assertTrue(j.get("precision").isNumber() && j.get("recall").isNumber(), "the model's own alarms");
        assertTrue(r.err().contains("Suthaharan, Shan"), "the credit its licence asks for: " + r.err());
        assertTrue(r.err().contains("differenced: the model reads the changes"), r.err());
        TraceCommandTest.Result wrong = TraceCommandTest.run("train", "--task", "sine", "--dataset", "co2");
        assertEquals(2, wrong.exitCode());
        assertEquals("gatelab train: --dataset does not apply to the sine task", wrong.err().strip());
        TraceCommandTest.Result unknown = TraceCommandTest.run("train", "--task", "real", "--dataset", "moon");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown data set \"moon\""), unknown.err());
    }

    @Test
    void trainOnACsvFileReportsTheNormalisation() throws IOException {
        StringBuilder sb = new StringBuilder("day,level\n");
        for (int i = 0; i < 60; i++) {
            sb.append(i).append(',').append(i % 5 == 0 ? "" : Double.toString(Math.sin(i / 3.0) + 5)).append('\n');
        }
        Path csv = dir.resolve("levels.csv");
        Files.writeString(csv, sb.toString());
        TraceCommandTest.Result r = TraceCommandTest.run("train", "--task", "csv", "--csv", csv.toString(), "--column",
                "level", "--window", "5", "--hidden", "4", "--epochs", "1");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = jsonLine(r);
        assertEquals(5.0, j.get("normalization_mean").asDouble(), 1.0);
        assertTrue(j.get("naive_val_loss").isNumber());
        // day 0 has no level and nothing before it: left out; the 11 later empty days are filled in
        assertTrue(r.err().contains("left out 1 row at the start, which has no value"), r.err());
        assertTrue(r.err().contains("11 missing values filled in by linear interpolation between the values on "
                + "either side (the first on line 7; the longest gap is 1 row)"), r.err());
    }

    @Test
    void trainThatDivergesSaysSoAndExitsWithOne() throws IOException {
        TraceCommandTest.Result r = TraceCommandTest.run(concat(args("train", TINY), "--lr", "1000"));
        assertEquals(1, r.exitCode(), r.err());
        JsonNode j = jsonLine(r);
        assertTrue(j.get("diverged").asBoolean());
        assertTrue(j.get("message").asText().startsWith("diverged in epoch 1"));
        assertTrue(r.err().contains("train: diverged in epoch 1"), r.err());
    }

    @Test
    void badOptionsAreOneLineOnStderrAndExitTwo() {
        String[][] cases = {
            {"train", "--length", "5"},
            {"train", "--task", "sine", "--length", "30"},
            {"train", "--task", "stocks"},
            {"train", "--hidden", "0"},
            {"train", "--task", "csv"},
            {"train", "--task", "csv", "--csv", dir.resolve("missing.csv").toString()},
            {"compare", "--task", "copy", "--lengths", "10,20"},
            {"train", "--epochs", "many"},
        };
        String[] expected = {
            "gatelab train: length T must be between 10 and 500, got 5",
            "gatelab train: --length does not apply to the sine task",
            "gatelab train: unknown task \"stocks\" (expected sine, adding, copy, reber, random-walk, anomaly, csv or real)",
            "gatelab train: hidden size must be between 1 and 1024, got 0",
            "gatelab train: --task csv needs --csv FILE",
            "gatelab train: " + dir.resolve("missing.csv") + ": no such file",
            "gatelab compare: --lengths applies to the adding task only",
            null,
        };
        for (int i = 0; i < cases.length; i++) {
            TraceCommandTest.Result r = TraceCommandTest.run(cases[i]);
            assertEquals(2, r.exitCode(), String.join(" ", cases[i]) + ": " + r.err());
            assertEquals("", r.out());
            List<String> lines = r.err().lines().toList();
            assertEquals(1, lines.size(), r.err());
            if (expected[i] != null) {
                assertEquals(expected[i], lines.get(0));
            }
        }
    }

    @Test
    void compareWritesOneRowPerCellAndLength() throws IOException {
        Path json = dir.resolve("results.json");
        Path csv = dir.resolve("results.csv");
        TraceCommandTest.Result r = TraceCommandTest.run("compare", "--lengths", "10,12", "--train-size", "32",
                "--val-size", "16", "--hidden", "4", "--epochs", "1", "--batch", "16", "--json", json.toString(),
                "--csv-out", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rows = jsonLine(r);
        assertEquals(6, rows.size());
        assertEquals(rows, JSON.readTree(json.toFile()), "the file holds the same rows");
        for (int i = 0; i < 6; i++) {
            JsonNode row = rows.get(i);
            assertEquals(i < 3 ? 10 : 12, row.get("length").asInt());
            assertEquals(List.of("rnn", "lstm", "gru").get(i % 3), row.get("cell").asText());
            for (String key : List.of("hidden", "parameters", "train_loss", "val_loss", "baseline_val_loss",
                    "seconds_per_epoch")) {
                assertTrue(row.get(key).isNumber(), key);
            }
        }
        assertEquals(7, Files.readAllLines(csv).size());
    }

    @Test
    void compareAtABudgetGivesCellsDifferentHiddenSizes() throws IOException {
        TraceCommandTest.Result r = TraceCommandTest.run("compare", "--length", "10", "--train-size", "32",
                "--val-size", "16", "--budget", "300", "--epochs", "1", "--batch", "16", "-q");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rows = jsonLine(r);
        int rnn = rows.get(0).get("hidden").asInt();
        int lstm = rows.get(1).get("hidden").asInt();
        int gru = rows.get(2).get("hidden").asInt();
        assertTrue(rnn > gru && gru > lstm, rnn + " " + gru + " " + lstm);
        for (JsonNode row : rows) {
            assertEquals(300, row.get("parameters").asDouble(), 60);
        }
    }
}
