package org.gatelab.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.gatelab.tasks.RealTask;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.training.TrainingConfig;
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
 * file's folder. The real task saves its recording's id as {@code dataset} (the recordings travel inside the
 * application). Reading trusts nothing: the file must be small, valid JSON, with known fields of the right
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

    private static final ObjectMapper JSON = Json.reader(new Json.Limits(16, 60, 8 * 1024));

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
        if (s.task() instanceof RealTask real) {
            task.put("dataset", real.set().id());
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
        ExperimentReader r = new ExperimentReader(name, folder);
        return r.experiment(root);
    }

    /**
     * Experiment settings from a lesson scene's flat keys: {@code task} (the kind), {@code task.<name>} and
     * {@code train.<name>}, named as in an experiment file's {@code task} and {@code training} objects. A missing
     * task keeps the lab's default task. The csv task is refused: lessons use the generated tasks and the
     * gallery's recordings, which travel with the application.
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
                    + "the generated tasks (sine, adding, copy, reber, random-walk, anomaly) and the gallery's "
                    + "recordings (real)");
        }
        return new ExperimentReader(name, null).experiment(root);
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
}
