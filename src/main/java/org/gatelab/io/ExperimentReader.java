package org.gatelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
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
import org.gatelab.vocabulary.RealDataSet;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;

/** Reads the tree of one experiment file (or a lesson's keys), naming every problem's field. */
final class ExperimentReader {
    private final String name;
    private final Path folder;

    ExperimentReader(String name, Path folder) {
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
        if (mark == null || !mark.isTextual() || !ExperimentFiles.MARK.equals(mark.textValue())) {
            throw new InputFileException(name + ": not a GateLab experiment file (it needs \"gatelab\": \""
                    + ExperimentFiles.MARK + "\")");
        }
        checkKeys(root, "", Set.of("gatelab", "version", "task", "training"));
        JsonNode version = root.get("version");
        if (version != null) {
            if (!version.isIntegralNumber()) {
                throw problem("version", "must be a whole number, found " + kind(version));
            }
            if (!version.canConvertToInt() || version.intValue() != ExperimentFiles.VERSION) {
                throw problem("version", "version " + version.asText() + " is not one this GateLab reads (it "
                        + "reads version " + ExperimentFiles.VERSION + ")");
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
                    + "random-walk, anomaly, csv, real)" : "must be a text, found " + kind(kindNode));
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
        if (kind == TaskKind.REAL) {
            allowed.add("dataset");
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
        } else if (kind == TaskKind.REAL) {
            String id = text(node, "task.", "dataset", false);
            RealDataSet set = id.isEmpty() ? TaskDefaults.REAL_DATA_SET : parse("task.dataset",
                    () -> RealDataSet.parse(id));
            try {
                task = RealDataSets.task(set);
            } catch (IOException e) {
                throw problem("task.dataset", e.getMessage());
            }
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
            return CsvTask.of(CsvSeriesReader.read(path, column.isEmpty() ? null : column));
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
