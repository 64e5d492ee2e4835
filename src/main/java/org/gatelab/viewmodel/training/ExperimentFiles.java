package org.gatelab.viewmodel.training;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.gatelab.io.AtomicFiles;
import org.gatelab.io.InputFileException;
import org.gatelab.tasks.CsvSeries;
import org.gatelab.tasks.CsvTask;
import org.gatelab.tasks.TaskDefaults;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;

/**
 * Experiment files: the task and training settings as a small JSON object, written atomically.
 *
 * <pre>
 * {
 *   "gatelab" : "experiment",
 *   "version" : 1,
 *   "task" : { "kind" : "adding", "length" : 50, "training_sequences" : 4000, "validation_sequences" : 500 },
 *   "training" : { "cell" : "lstm", "hidden" : 32, "learning_rate" : 0.01, "optimizer" : "adam", ... }
 * }
 * </pre>
 *
 * The csv task saves {@code file} (absolute) and {@code column}; a relative file is read from the experiment
 * file's folder. Reading trusts nothing: the file must be small, valid JSON, with known fields of the right
 * types and values in range; a missing setting keeps the lab's default. Every problem is an
 * {@link InputFileException} naming the file and the field, e.g.
 * {@code lab.json: field "training.learning_rate": learning rate must be between 0.000001 and 1000, got 5000}.
 */
public final class ExperimentFiles {
    /** Largest experiment file read. */
    public static final int MAX_BYTES = 64 * 1024;
    /** The value of the "gatelab" field that marks an experiment file. */
    public static final String MARK = "experiment";
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxNumberLength(60)
                    .maxStringLength(8 * 1024).build())
            .build();
    private static final ObjectMapper JSON = new ObjectMapper(FACTORY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentFiles() {
    }

    // ---- writing -----------------------------------------------------------------------------------------

    /** The settings as the JSON text of an experiment file. */
    public static String toJson(ExperimentSettings s) {
        if (!s.ready()) {
            throw new IllegalArgumentException("the csv task has no file yet: choose a CSV file before saving");
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("gatelab", MARK);
        root.put("version", VERSION);
        ObjectNode task = root.putObject("task");
        task.put("kind", s.kind().id());
        if (s.kind() == TaskKind.CSV) {
            task.put("file", s.csvFile());
            task.put("column", s.csvColumn());
        }
        for (TaskSetting p : TaskSetting.of(s.kind())) {
            double v = p.value(s.task());
            if (p.integer()) {
                task.put(p.key(), (long) v);
            } else {
                task.put(p.key(), v);
            }
        }
        TrainingConfig c = s.config();
        ObjectNode training = root.putObject("training");
        training.put("cell", c.cell().id());
        training.put("nonlinearity", c.nonlinearity().id());
        training.put(TrainingSetting.HIDDEN.key(), c.hidden());
        training.put(TrainingSetting.LAYERS.key(), c.layers());
        training.put("optimizer", c.optimizer().id());
        training.put(TrainingSetting.LEARNING_RATE.key(), c.learningRate());
        training.put(TrainingSetting.MOMENTUM.key(), c.momentum());
        training.put(TrainingSetting.BATCH_SIZE.key(), c.batchSize());
        training.put(TrainingSetting.CLIP_NORM.key(), c.clipNorm());
        training.put(TrainingSetting.EPOCHS.key(), c.epochs());
        training.put(TrainingSetting.SEED.key(), c.seed());
        training.put("init", c.init().id());
        if (Double.isNaN(c.gateBias())) {
            training.putNull(TrainingSetting.GATE_BIAS.key());
        } else {
            training.put(TrainingSetting.GATE_BIAS.key(), c.gateBias());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the settings to {@code file} atomically (the old content stays if anything fails). An experiment names
     * its CSV file by a path inside its own folder: a CSV elsewhere is copied beside the experiment file first.
     *
     * @return the copy of the CSV written beside the experiment file, or null if none was needed
     */
    public static Path write(Path file, ExperimentSettings s) throws IOException {
        Path copied = null;
        ExperimentSettings local = s;
        if (s.kind() == TaskKind.CSV && s.ready()) {
            Path folder = file.toAbsolutePath().getParent();
            Path csv = Path.of(s.csvFile()).toAbsolutePath().normalize();
            Path realCsv = csv.toRealPath();
            Path realFolder = folder.toRealPath();
            String relative;
            if (realCsv.startsWith(realFolder)) {
                relative = realFolder.relativize(realCsv).toString().replace('\\', '/');
            } else {
                copied = besideWithSameContent(folder, realCsv);
                if (!Files.exists(copied)) {
                    Path source = realCsv;
                    AtomicFiles.write(copied, out -> Files.copy(source, out));
                }
                relative = copied.getFileName().toString();
            }
            local = s.withCsv(s.task(), relative, s.csvColumn());
        }
        AtomicFiles.writeString(file, toJson(local));
        return copied;
    }

    /** {@code folder/name}, or {@code name-2}, {@code name-3}... unless a file of that name has the same content. */
    private static Path besideWithSameContent(Path folder, Path csv) throws IOException {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 1; i < 1000; i++) {
            Path candidate = folder.resolve(i == 1 ? name : stem + "-" + i + ext);
            if (!Files.exists(candidate) || Files.isRegularFile(candidate) && Files.mismatch(candidate, csv) == -1) {
                return candidate;
            }
        }
        throw new IOException("cannot copy " + name + " beside the experiment file: too many files of that name");
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /**
     * Reads an experiment file; for the csv task also its CSV file.
     *
     * @throws InputFileException naming the file and the field for anything wrong with it
     */
    public static ExperimentSettings read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InputFileException(name + ": is a folder, not an experiment file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputFileException(String.format("%s: %,d bytes is too large for an experiment file "
                        + "(at most %,d)", name, size, MAX_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException(file + ": no such file");
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFileException(name + ": cannot read: " + e.getMessage(), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(bytes, name, folder);
    }

    /** Parses the bytes of an experiment file; {@code name} names it in messages, csv paths resolve in {@code folder}. */
    static ExperimentSettings parse(byte[] bytes, String name, Path folder) throws IOException {
        if (bytes.length > MAX_BYTES) {
            throw new InputFileException(name + ": too large for an experiment file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new InputFileException(name + where + ": not valid JSON (" + firstLine(e.getOriginalMessage()) + ")",
                    e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new InputFileException(name + ": the file is empty");
        }
        Reader r = new Reader(name, folder);
        return r.experiment(root);
    }

    /**
     * Experiment settings from a lesson scene's flat keys: {@code task} (the kind), {@code task.<name>} and
     * {@code train.<name>}, named as in an experiment file's {@code task} and {@code training} objects. A missing
     * task keeps the lab's default task. The csv task is refused: lessons use the generated tasks.
     *
     * @throws InputFileException naming {@code name} and the field, like {@link #read}
     */
    public static ExperimentSettings fromKeys(Map<String, String> keys, String name) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("gatelab", MARK);
        ObjectNode task = root.putObject("task");
        ObjectNode training = root.putObject("training");
        task.put("kind", keys.getOrDefault("task", ExperimentSettings.defaults().kind().id()));
        for (Map.Entry<String, String> e : keys.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("task.")) {
                put(task, k.substring(5), e.getValue());
            } else if (k.startsWith("train.")) {
                put(training, k.substring(6), e.getValue());
            } else if (!k.equals("task")) {
                throw new InputFileException(name + ": \"" + k + "\" is not a task or training setting");
            }
        }
        if (TaskKind.CSV.id().equals(task.path("kind").asText())) {
            throw new InputFileException(name + ": field \"task\": the csv task needs a user's file; lessons use "
                    + "the generated tasks (sine, adding, copy, reber, random-walk, anomaly)");
        }
        return new Reader(name, null).experiment(root);
    }

    private static void put(ObjectNode node, String field, String value) {
        String v = value.trim();
        if (v.equals("null") || v.equals("default")) {
            node.putNull(field);
            return;
        }
        try {
            if (v.matches("[+-]?\\d{1,18}")) {
                node.put(field, Long.parseLong(v));
                return;
            }
            double d = Double.parseDouble(v);
            if (Double.isFinite(d) && !v.matches(".*[A-Za-z&&[^eE]].*")) {
                node.put(field, d);
                return;
            }
        } catch (NumberFormatException ignored) {
            // a word, e.g. lstm or adam
        }
        node.put(field, v);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /** Reads one file's tree, naming every problem's field. */
    private static final class Reader {
        private final String name;
        private final Path folder;

        Reader(String name, Path folder) {
            this.name = name;
            this.folder = folder;
        }

        private InputFileException problem(String field, String what) {
            return new InputFileException(name + ": field \"" + field + "\": " + what);
        }

        ExperimentSettings experiment(JsonNode root) throws IOException {
            if (!root.isObject()) {
                throw new InputFileException(name + ": not a GateLab experiment file (expected a JSON object, found "
                        + kind(root) + ")");
            }
            JsonNode mark = root.get("gatelab");
            if (mark == null || !mark.isTextual() || !MARK.equals(mark.textValue())) {
                throw new InputFileException(name + ": not a GateLab experiment file (it needs \"gatelab\": \""
                        + MARK + "\")");
            }
            checkKeys(root, "", Set.of("gatelab", "version", "task", "training"));
            JsonNode version = root.get("version");
            if (version != null) {
                if (!version.isIntegralNumber()) {
                    throw problem("version", "must be a whole number, found " + kind(version));
                }
                if (!version.canConvertToInt() || version.intValue() != VERSION) {
                    throw problem("version", "version " + version.asText() + " is not one this GateLab reads (it "
                            + "reads version " + VERSION + ")");
                }
            }
            JsonNode task = object(root, "task", true);
            JsonNode training = object(root, "training", false);
            TrainingConfig config = training == null ? TrainingDefaults.config() : config(training);
            return task(task, config);
        }

        private JsonNode object(JsonNode parent, String field, boolean required) throws InputFileException {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                if (required) {
                    throw problem(field, "missing (it names the task, e.g. {\"kind\": \"adding\"})");
                }
                return null;
            }
            if (!n.isObject()) {
                throw problem(field, "must be an object { ... }, found " + kind(n));
            }
            return n;
        }

        private ExperimentSettings task(JsonNode node, TrainingConfig config) throws IOException {
            JsonNode kindNode = node.get("kind");
            if (kindNode == null || !kindNode.isTextual()) {
                throw problem("task.kind", kindNode == null ? "missing (one of sine, adding, copy, reber, "
                        + "random-walk, anomaly, csv)" : "must be a text, found " + kind(kindNode));
            }
            TaskKind kind;
            try {
                kind = TaskKind.parse(kindNode.textValue());
            } catch (IllegalArgumentException e) {
                throw problem("task.kind", e.getMessage());
            }
            List<String> allowed = new ArrayList<>(List.of("kind"));
            for (TaskSetting p : TaskSetting.of(kind)) {
                allowed.add(p.key());
            }
            if (kind == TaskKind.CSV) {
                allowed.add("file");
                allowed.add("column");
            }
            checkKeys(node, "task.", Set.copyOf(allowed));
            TrainingTask task;
            String file = "";
            String column = "";
            if (kind == TaskKind.CSV) {
                file = text(node, "task.", "file", true);
                column = text(node, "task.", "column", false);
                task = csvTask(file, column);
                file = resolve(file).toString();
            } else {
                task = TaskDefaults.task(kind);
            }
            Map<String, UnaryOperator<TrainingTask>> changes = new LinkedHashMap<>();
            for (TaskSetting p : TaskSetting.of(kind)) {
                JsonNode v = node.get(p.key());
                if (v != null) {
                    String text = number(v, "task." + p.key());
                    changes.put("task." + p.key(), t -> p.apply(t, text));
                }
            }
            task = applyAll(task, changes);
            return new ExperimentSettings(kind, task, config, file, column);
        }

        /**
         * The CSV file an experiment names: a path inside the experiment file's folder. Absolute paths, {@code ..}
         * and links pointing out are refused, so an experiment file passed around cannot make the lab read other
         * files.
         */
        private Path resolve(String file) throws InputFileException {
            String where = "\"" + file + "\" is outside the experiment file's folder; an experiment names a CSV file "
                    + "in its own folder (saving one copies the CSV there)";
            Path p;
            try {
                p = Path.of(file);
            } catch (RuntimeException e) {
                throw problem("task.file", "\"" + file + "\" is not a file path");
            }
            if (folder == null || p.isAbsolute() || file.startsWith("/") || file.startsWith("\\")
                    || file.matches("^[A-Za-z]:.*")) {
                throw problem("task.file", where);
            }
            for (String part : file.replace('\\', '/').split("/")) {
                if (part.equals("..")) {
                    throw problem("task.file", where);
                }
            }
            Path resolved = folder.resolve(p).normalize();
            if (!resolved.startsWith(folder.normalize())) {
                throw problem("task.file", where);
            }
            if (Files.exists(resolved)) {
                try {
                    if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
                        throw problem("task.file", "\"" + file + "\" is a link that points outside the experiment "
                                + "file's folder");
                    }
                } catch (InputFileException e) {
                    throw e;
                } catch (IOException e) {
                    throw problem("task.file", "\"" + file + "\" cannot be read: " + e.getMessage());
                }
            }
            return resolved;
        }

        private TrainingTask csvTask(String file, String column) throws IOException {
            Path path = resolve(file);
            if (!Files.isRegularFile(path)) {
                throw problem("task.file", Files.exists(path) ? path + " is not a regular file"
                        : path + ": no such file");
            }
            try {
                return CsvTask.of(CsvSeries.read(path, column.isEmpty() ? null : column));
            } catch (IOException | IllegalArgumentException e) {
                throw problem("task.file", e.getMessage());
            }
        }

        private TrainingConfig config(JsonNode node) throws InputFileException {
            List<String> allowed = new ArrayList<>(List.of("cell", "nonlinearity", "optimizer", "init"));
            for (TrainingSetting p : TrainingSetting.values()) {
                allowed.add(p.key());
            }
            checkKeys(node, "training.", Set.copyOf(allowed));
            Map<String, UnaryOperator<TrainingConfig>> changes = new LinkedHashMap<>();
            // the cell first: the initialization schemes depend on it
            String cell = text(node, "training.", "cell", false);
            if (!cell.isEmpty()) {
                CellKind k = parse("training.cell", () -> CellKind.parse(cell));
                changes.put("training.cell", c -> c.withCell(k));
            }
            String nl = text(node, "training.", "nonlinearity", false);
            if (!nl.isEmpty()) {
                Nonlinearity n = parse("training.nonlinearity", () -> Nonlinearity.parse(nl));
                changes.put("training.nonlinearity", c -> c.withNonlinearity(n));
            }
            String opt = text(node, "training.", "optimizer", false);
            if (!opt.isEmpty()) {
                OptimizerKind o = parse("training.optimizer", () -> OptimizerKind.parse(opt));
                changes.put("training.optimizer", c -> c.withOptimizer(o, c.momentum()));
            }
            String init = text(node, "training.", "init", false);
            if (!init.isEmpty()) {
                InitScheme s = parse("training.init", () -> InitScheme.parse(init));
                changes.put("training.init", c -> c.withInit(s, c.gateBias()));
            }
            for (TrainingSetting p : TrainingSetting.values()) {
                JsonNode v = node.get(p.key());
                if (v == null) {
                    continue;
                }
                String field = "training." + p.key();
                String text = p == TrainingSetting.GATE_BIAS && v.isNull() ? "" : number(v, field);
                changes.put(field, c -> c.with(p, text));
            }
            return applyAll(TrainingDefaults.config(), changes);
        }

        /**
         * Applies every change; one refused now is retried after the others (a value may only fit together with
         * another, e.g. more anomalies with a longer series). What still fails names its field.
         */
        private <T> T applyAll(T start, Map<String, UnaryOperator<T>> changes) throws InputFileException {
            T current = start;
            Map<String, UnaryOperator<T>> left = new LinkedHashMap<>(changes);
            Map<String, String> reasons = new LinkedHashMap<>();
            boolean progress = true;
            while (!left.isEmpty() && progress) {
                progress = false;
                reasons.clear();
                for (Iterator<Map.Entry<String, UnaryOperator<T>>> it = left.entrySet().iterator(); it.hasNext(); ) {
                    Map.Entry<String, UnaryOperator<T>> e = it.next();
                    try {
                        current = e.getValue().apply(current);
                        it.remove();
                        progress = true;
                    } catch (IllegalArgumentException ex) {
                        reasons.put(e.getKey(), ex.getMessage());
                    }
                }
            }
            if (!left.isEmpty()) {
                String field = left.keySet().iterator().next();
                throw problem(field, reasons.getOrDefault(field, "not accepted"));
            }
            return current;
        }

        private <T> T parse(String field, java.util.function.Supplier<T> parser) throws InputFileException {
            try {
                return parser.get();
            } catch (IllegalArgumentException e) {
                throw problem(field, e.getMessage());
            }
        }

        private String text(JsonNode node, String prefix, String key, boolean required) throws InputFileException {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                if (required) {
                    throw problem(prefix + key, "missing");
                }
                return "";
            }
            if (!v.isTextual()) {
                throw problem(prefix + key, "must be a text in quotes, found " + kind(v));
            }
            return v.textValue().trim();
        }

        private String number(JsonNode v, String field) throws InputFileException {
            if (!v.isNumber()) {
                throw problem(field, "must be a number, found " + kind(v));
            }
            return v.isIntegralNumber() ? v.bigIntegerValue().toString() : v.asText();
        }

        private void checkKeys(JsonNode node, String prefix, Set<String> allowed) throws InputFileException {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!allowed.contains(key)) {
                    String near = nearest(key, allowed);
                    throw problem(prefix + key, "unknown field" + (near == null ? " (known: "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")"
                            : " (did you mean \"" + near + "\"?)"));
                }
            }
        }
    }

    /** A JSON value's kind in words, e.g. {@code the text "50"}, for messages. */
    static String kind(JsonNode n) {
        if (n.isTextual()) {
            String t = n.textValue();
            return "the text \"" + (t.length() > 30 ? t.substring(0, 30) + "…" : t) + "\"";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isArray()) {
            return "a list [ ... ]";
        }
        return "an object { ... }";
    }

    /** The allowed key within edit distance 2 of {@code key}, or null. */
    static String nearest(String key, Set<String> allowed) {
        return org.gatelab.tasks.Spelling.closest(key, allowed, 2);
    }
}
