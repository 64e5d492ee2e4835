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
import org.gatelab.engine.Seq2SeqBatch;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.engine.Seq2SeqRunner;
import org.gatelab.engine.trace.Seq2SeqTrace;
import org.gatelab.io.Seq2SeqFiles;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.DecoderFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --task reverse|sort|dates}, {@code trace} and {@code cost} of an encoder-decoder, in process. */
class Seq2SeqCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String[] TINY = {"--train-size", "64", "--val-size", "30", "--hidden", "6", "--epochs", "1",
        "--batch", "16"};

    @TempDir
    Path dir;

    private static String[] with(String[] base, String... more) {
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    private static JsonNode line(TraceCommandTest.Result r) throws IOException {
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line on stdout: " + r.out());
        return JSON.readTree(lines.get(0));
    }

    @Test
    void trainReverseEndsWithTheAccuraciesOfGreedyDecoding() throws IOException {
        Path model = dir.resolve("reverse.safetensors");
        JsonNode j = line(TraceCommandTest.run(with(new String[] {"train", "--task", "reverse", "--attention", "dot",
            "--min-length", "3", "--length", "5"}, with(TINY, "--out", model.toString()))));
        assertEquals("reverse", j.get("task").asText());
        assertEquals("dot", j.get("attention").asText());
        assertEquals("gru", j.get("cell").asText(), "the encoder-decoder's default cell");
        for (String key : List.of("val_accuracy", "val_sequence_accuracy")) {
            double v = j.get(key).asDouble();
            assertTrue(v >= 0 && v <= 1, key + " = " + v);
        }
        assertTrue(j.get("val_sequence_accuracy").asDouble() <= j.get("val_accuracy").asDouble());
        JsonNode byLength = j.get("val_accuracy_by_length");
        assertEquals(List.of("3", "4", "5"), iterable(byLength));
        assertEquals(0.1, j.get("chance_accuracy").asDouble(), 1e-12);
        Seq2SeqModel saved = Seq2SeqFiles.load(model);
        assertEquals(AttentionKind.DOT, saved.config().attention());
        assertEquals(saved.config().parameterCount(), j.get("parameters").asLong());
    }

    private static List<String> iterable(JsonNode object) {
        List<String> out = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void sortAndDatesTrainToo() throws IOException {
        JsonNode sort = line(TraceCommandTest.run(with(new String[] {"train", "--task", "sort", "--attention",
            "none", "--length", "4"}, TINY)));
        assertEquals("sort", sort.get("task").asText());
        assertEquals("none", sort.get("attention").asText());
        JsonNode dates = line(TraceCommandTest.run(with(new String[] {"train", "--task", "dates", "--attention",
            "additive", "--date-format", "dotted"}, TINY)));
        assertEquals(10, dates.get("length").asInt(), "dd.mm.yyyy");
        assertEquals(1.0 / 11, dates.get("chance_accuracy").asDouble(), 1e-12);
    }

    @Test
    void optionsThatDoNotApplyAreRefusedByName() {
        TraceCommandTest.Result a = TraceCommandTest.run("train", "--task", "adding", "--attention", "dot");
        assertEquals(2, a.exitCode());
        assertTrue(a.err().contains("--attention, --min-length and --date-format apply to the reverse, sort and "
                + "dates tasks only"), a.err());
        TraceCommandTest.Result b = TraceCommandTest.run("train", "--task", "sort", "--alphabet", "5");
        assertEquals(2, b.exitCode());
        assertTrue(b.err().contains("--alphabet does not apply to the sort task"), b.err());
        TraceCommandTest.Result c = TraceCommandTest.run("train", "--task", "reverse", "--attention", "luong");
        assertTrue(c.err().contains("unknown attention \"luong\" (expected none, dot, general or additive)"), c.err());
    }

    @Test
    void traceOfAnEncoderDecoderRecordsTheAttentionOfEveryDecoderStep() throws IOException {
        Path model = dir.resolve("m.safetensors");
        line(TraceCommandTest.run(with(new String[] {"train", "--task", "reverse", "--attention", "general",
            "--length", "5"}, with(TINY, "--out", model.toString()))));
        Path out = dir.resolve("trace.json");
        TraceCommandTest.Result r = TraceCommandTest.run("trace", "--weights", model.toString(), "--source", "abcd",
                "--target", "dcba", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = JSON.readTree(Files.readString(out));
        Seq2SeqModel m = Seq2SeqFiles.load(model);
        Seq2SeqTrace trace = new Seq2SeqRunner().trace(m, Seq2SeqBatch.of(new int[] {0, 1, 2, 3},
                new int[] {3, 2, 1, 0}), DecoderFeed.GREEDY);
        assertEquals("greedy", j.get("feed").asText());
        assertEquals("abcd", j.get("source_text").asText());
        assertEquals(trace.loss(), j.get("loss").asDouble(), 0.0);
        JsonNode steps = j.get("steps");
        assertEquals(4, steps.size());
        for (int s = 0; s < 4; s++) {
            JsonNode a = steps.get(s).get("attention");
            for (int t = 0; t < 4; t++) {
                assertEquals(trace.attention().weight(s, 0, t), a.get("weights").get(t).asDouble(), 0.0);
                assertEquals(trace.attention().gradWeight(s, 0, t), a.get("grad_weights").get(t).asDouble(), 0.0);
                assertEquals(trace.inputGradientNorm(s, 0, t),
                        steps.get(s).get("input_gradient_norms").get(t).asDouble(), 0.0);
            }
            assertEquals(trace.predicted(s, 0), j.get("predicted").get(s).asInt());
        }
        assertEquals(1, j.get("encoder").size());
        assertEquals(4, j.get("decoder").get(0).get("steps").size());
        TraceCommandTest.Result bad = TraceCommandTest.run("trace", "--weights", model.toString(), "--source", "abz",
                "--target", "dcba");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--source: \"z\" (position 3 of \"abz\") is not one of the symbols abcdefghij"),
                bad.err());
    }

    @Test
    void costOfAnEncoderDecoderWithItsTaskBeforeAndAfterQuantization() throws IOException {
        Path model = dir.resolve("c.safetensors");
        line(TraceCommandTest.run(with(new String[] {"train", "--task", "reverse", "--attention", "dot", "--length",
            "5"}, with(TINY, "--out", model.toString()))));
        JsonNode j = line(TraceCommandTest.run("cost", "--weights", model.toString(), "--no-timing", "--task",
                "reverse", "--length", "5", "--train-size", "64", "--val-size", "30", "--contexts", "5,50"));
        Seq2SeqModel m = Seq2SeqFiles.load(model);
        assertEquals("encoder-decoder", j.get("model").get("kind").asText());
        assertEquals(m.config().parameterCount(), j.get("model").get("parameters").asLong());
        assertFalse(j.get("model").get("streamable").asBoolean());
        assertEquals(2, j.get("contexts").size());
        assertTrue(j.get("contexts").get(1).get("model_floats").asLong() > j.get("contexts").get(0).get("model_floats")
                .asLong(), "attention keeps more with a longer source");
        assertFalse(j.has("timing"));
        JsonNode q = j.get("quantization");
        assertEquals(2, q.size());
        assertEquals("per-tensor", q.get(0).get("scheme").asText());
        for (JsonNode c : q) {
            assertTrue(c.get("before").has("val_accuracy") && c.get("after").has("val_sequence_accuracy"));
        }
    }
}
