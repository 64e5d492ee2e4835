package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * Shared plumbing for the tests that replay the PyTorch golden fixtures in
 * {@code src/test/resources/fixtures/pytorch/} (schema: the README.md there): locating and parsing the JSON,
 * turning nested arrays into the engine's flat row-major arrays, and collecting mismatches.
 */
final class TorchFixtures {
    static final String RESOURCE_DIR = "/fixtures/pytorch";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TorchFixtures() {
    }

    /** The fixtures folder: on the test classpath if it is there, else the source tree (run from the repo root). */
    static Path dir() {
        URL readme = TorchFixtures.class.getResource(RESOURCE_DIR + "/README.md");
        if (readme != null && "file".equals(readme.getProtocol())) {
            try {
                return Path.of(readme.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path src = Path.of("src", "test", "resources", "fixtures", "pytorch");
        if (!Files.isDirectory(src)) {
            throw new IllegalStateException("cannot find the PyTorch fixtures (" + RESOURCE_DIR
                    + " on the classpath or " + src.toAbsolutePath() + ")");
        }
        return src;
    }

    /** Names (without {@code .json}) of the fixtures whose file name does / does not start with {@code prefix}. */
    static List<String> caseNames(String prefix, boolean withPrefix) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .filter(n -> n.startsWith(prefix) == withPrefix)
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String caseName) {
        Path p = dir().resolve(caseName + ".json");
        try {
            return MAPPER.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** The model shape a fixture describes ({@code cell}, {@code nonlinearity}, sizes, {@code num_layers}). */
    static ModelConfig config(JsonNode f) {
        CellKind cell = CellKind.parse(f.get("cell").asText());
        JsonNode nl = f.get("nonlinearity");
        Nonlinearity nonlinearity = nl == null || nl.isNull() ? Nonlinearity.TANH : Nonlinearity.parse(nl.asText());
        boolean bidirectional = f.has("bidirectional") && f.get("bidirectional").asBoolean();
        return new ModelConfig(cell, nonlinearity, f.get("input_size").asInt(), f.get("hidden_size").asInt(),
                f.get("num_layers").asInt(), f.get("output_size").asInt(), bidirectional);
    }

    static SequenceBatch batch(JsonNode f) {
        int t = f.get("seq_len").asInt();
        int b = f.get("batch").asInt();
        int i = f.get("input_size").asInt();
        JsonNode x = f.get("x");
        requireShape("x", x, t, b, i);
        return new SequenceBatch(t, b, i, flatten(x));
    }

    static Targets targets(JsonNode f) {
        LossKind loss = LossKind.parse(f.get("loss_kind").asText());
        JsonNode target = f.get("target");
        int t = f.get("seq_len").asInt();
        int b = f.get("batch").asInt();
        int o = f.get("output_size").asInt();
        if (loss.isClassification()) {
            if (loss.isLastStepOnly()) {
                requireShape("target", target, b);
            } else {
                requireShape("target", target, t, b);
            }
            List<JsonNode> leaves = new ArrayList<>();
            collectLeaves(target, leaves);
            int[] classes = new int[leaves.size()];
            for (int k = 0; k < classes.length; k++) {
                if (!leaves.get(k).isIntegralNumber()) {
                    throw new IllegalArgumentException("class target " + leaves.get(k) + " is not an integer");
                }
                classes[k] = leaves.get(k).asInt();
            }
            return Targets.classes(loss, classes);
        }
        if (loss.isLastStepOnly()) {
            requireShape("target", target, b, o);
        } else {
            requireShape("target", target, t, b, o);
        }
        return Targets.regression(loss, flatten(target));
    }

    /** The dimensions of a rectangular nested array ({@code []} for a number); fails on ragged input. */
    static int[] shape(JsonNode node) {
        List<Integer> dims = new ArrayList<>();
        JsonNode n = node;
        while (n.isArray()) {
            dims.add(n.size());
            if (n.isEmpty()) {
                break;
            }
            n = n.get(0);
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        checkRectangular(node, shape, 0);
        return shape;
    }

    private static void checkRectangular(JsonNode node, int[] shape, int depth) {
        if (depth == shape.length) {
            if (!node.isNumber()) {
                throw new IllegalArgumentException("expected a number at depth " + depth + ", got " + node);
            }
            return;
        }
        if (!node.isArray() || node.size() != shape[depth]) {
            throw new IllegalArgumentException("ragged array: expected " + shape[depth] + " entries at depth " + depth);
        }
        for (JsonNode child : node) {
            checkRectangular(child, shape, depth + 1);
        }
    }

    static void requireShape(String what, JsonNode node, int... expected) {
        int[] actual = shape(node);
        if (!java.util.Arrays.equals(actual, expected)) {
            fail(what + ": fixture shape " + java.util.Arrays.toString(actual) + ", expected "
                    + java.util.Arrays.toString(expected));
        }
    }

    /** The leaves of a nested array in row-major order, as doubles (exact: Jackson parses with correct rounding). */
    static double[] flatten(JsonNode node) {
        List<JsonNode> leaves = new ArrayList<>();
        collectLeaves(node, leaves);
        double[] out = new double[leaves.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = leaves.get(k).doubleValue();
        }
        return out;
    }

    private static void collectLeaves(JsonNode node, List<JsonNode> out) {
        if (node.isArray()) {
            for (JsonNode child : node) {
                collectLeaves(child, out);
            }
        } else {
            out.add(node);
        }
    }

    /** {@code [L][B][H]} nested state as one flat {@code B*H} array per layer; null for a JSON null or absence. */
    static double[][] perLayer(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        double[][] out = new double[node.size()][];
        for (int l = 0; l < node.size(); l++) {
            out[l] = flatten(node.get(l));
        }
        return out;
    }

    /** Row-major index of {@code flat} in {@code shape}, as text: {@code [r, c]}. */
    static String multiIndex(int[] shape, int flat) {
        int[] idx = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            idx[d] = flat % shape[d];
            flat /= shape[d];
        }
        return java.util.Arrays.toString(idx);
    }

    /**
     * Collects every value that differs from PyTorch beyond the tolerance, and the worst error seen, so a
     * failure lists all offending entries (the first {@link #SHOWN}) rather than only the first one.
     */
    static final class Mismatches {
        static final int SHOWN = 25;

        private final String caseName;
        private final double tolerance;
        private final boolean relativeOnly;
        private final List<String> messages = new ArrayList<>();
        private int count;
        private long checked;
        private double worstAbs;
        private double worstRel;
        private String worstWhere = "-";

        /**
         * @param relativeOnly false: pass when |actual - expected| <= tol * max(1, |expected|) (absolute for
         *                     values up to 1, relative above); true: pass when |actual - expected| <= tol * |expected|
         */
        Mismatches(String caseName, double tolerance, boolean relativeOnly) {
            this.caseName = caseName;
            this.tolerance = tolerance;
            this.relativeOnly = relativeOnly;
        }

        /** Compares one value; {@code where} names the field and the indices. */
        void check(String where, double expected, double actual) {
            checked++;
            double diff = Math.abs(actual - expected);
            if (diff > worstAbs || Double.isNaN(diff)) {
                worstAbs = diff;
                worstWhere = where;
            }
            if (Math.abs(expected) >= 1e-6) { // relative error of values near 0 says little
                worstRel = Math.max(worstRel, diff / Math.abs(expected));
            }
            double scale = relativeOnly ? Math.abs(expected) : Math.max(1.0, Math.abs(expected));
            if (!(diff <= tolerance * scale)) {
                add(String.format(Locale.ROOT, "%s: expected %s, actual %s, |diff| %.3e", where,
                        Double.toString(expected), Double.toString(actual), diff));
            }
        }

        /** Records a structural problem (a shape or name that does not match). */
        void add(String message) {
            count++;
            if (messages.size() < SHOWN) {
                messages.add("case=" + caseName + " " + message);
            }
        }

        int count() {
            return count;
        }

        long checked() {
            return checked;
        }

        List<String> messages() {
            return messages;
        }

        String summary() {
            return String.format(Locale.ROOT, "%s: %d values checked, worst |diff| %.3e (at %s), worst relative %.3e (over |expected| >= 1e-6)",
                    caseName, checked, worstAbs, worstWhere, worstRel);
        }

        void assertNone() {
            if (count > 0) {
                fail(count + " value(s) differ from PyTorch by more than " + tolerance
                        + (relativeOnly ? " (relative)" : " (absolute, relative above 1)") + "; " + summary()
                        + "\n  " + String.join("\n  ", messages) + (count > messages.size() ? "\n  ..." : ""));
            }
        }
    }
}
