package org.gatelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * The learner's progress in every lesson, in one small JSON file written atomically (so a crash leaves the old
 * or the new file, never half of one):
 * <pre>
 * { "gatelab": "progress", "version": 2, "seed": -4962768465676381896,
 *   "lessons": { "04-lstm": { "current": 3, "finished": [0, 1, 2],
 *                             "checks": { "1.0": { "first_answer": "0.5", "first_correct": true, "correct": true,
 *                                                  "attempts": 1, "skipped": false, "seconds": 12.4 } } } } }
 * </pre>
 * {@code seed} is the learner's: it shuffles the options of every choice check, the same way each time. Files of
 * version 1 (an {@code "answers"} object of {@code {"answer", "correct"}}) still load: their one answer counts as
 * the first, with no time; a missing seed or field gets its default (a new seed, no time, no skip). A file that
 * cannot be read is set aside (renamed with {@code .broken-<time>}) and reading starts over empty, with a message
 * saying so; the learner's file is never overwritten unread.
 */
public final class ProgressStore {
    public static final int MAX_BYTES = 1024 * 1024;
    /** The version this class writes. */
    public static final int VERSION = 2;
    private static final ObjectMapper JSON = Json.reader(new Json.Limits(8, 30, 4096));

    private final Path file;
    private final LongSupplier newSeed;

    /** A store whose new learners get a seed from {@link SecureRandom}. */
    public ProgressStore(Path file) {
        this(file, new SecureRandom()::nextLong);
    }

    /** @param newSeed the seed of a learner whose file has none (fixed in tests) */
    public ProgressStore(Path file, LongSupplier newSeed) {
        this.file = file;
        this.newSeed = newSeed;
    }

    public Path file() {
        return file;
    }

    /** What {@link #load()} found: the learner's seed, their lessons, and a message when the file had to be set aside. */
    public record Loaded(long seed, Map<String, LessonProgress> lessons, String message) {
    }

    /** Reads the progress; a missing file is no progress, a broken one is set aside with a message. */
    public Loaded load() {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return setAside("it is too large (over 1 MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(newSeed.getAsLong(), Map.of(), "");
        } catch (IOException e) {
            return new Loaded(newSeed.getAsLong(), Map.of(), "Could not read your lesson progress (" + e.getMessage()
                    + "); it will not be saved this workspace.");
        }
        try {
            Parsed p = parse(bytes);
            return new Loaded(p.seed() != null ? p.seed() : newSeed.getAsLong(), p.lessons(), "");
        } catch (InputFileException e) {
            return setAside(e.getMessage());
        }
    }

    /**
     * Reads the progress without touching the file (for a command that only reports it): a missing file is no
     * progress; an unreadable one is an exception naming the field, and the file stays as it is.
     */
    public Loaded read() throws IOException {
        if (Files.notExists(file)) {
            return new Loaded(newSeed.getAsLong(), Map.of(), "");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new InputFileException(file + ": too large for a progress file (over 1 MB)");
        }
        Parsed p = parse(Files.readAllBytes(file));
        return new Loaded(p.seed() != null ? p.seed() : newSeed.getAsLong(), p.lessons(), "");
    }

    private Loaded setAside(String why) {
        long seed = newSeed.getAsLong();
        try {
            Path aside = SetAside.move(file);
            return new Loaded(seed, Map.of(), "Your lesson progress file could not be read (" + why + "). It was kept "
                    + "as " + aside.getFileName() + " and progress starts over.");
        } catch (IOException e) {
            return new Loaded(seed, Map.of(), "Your lesson progress file could not be read (" + why + ") nor set "
                    + "aside (" + e.getMessage() + ").");
        }
    }

    /** A file's content: the seed (null when it has none) and the lessons. */
    record Parsed(Long seed, Map<String, LessonProgress> lessons) {
    }

    /** Parses progress JSON; everything unexpected is an {@link InputFileException} naming the field. */
    static Parsed parse(byte[] bytes) throws InputFileException {
        String name = "progress";
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InputFileException(name + ": not valid JSON");
        } catch (IOException e) {
            throw new InputFileException(name + ": " + e.getMessage());
        }
        if (root == null || !root.isObject() || !"progress".equals(root.path("gatelab").asText())) {
            throw new InputFileException(name + ": not a GateLab progress file");
        }
        Long seed = null;
        JsonNode s = root.path("seed");
        if (!s.isMissingNode()) {
            if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                throw new InputFileException(name + ": field \"seed\" must be a whole number");
            }
            seed = s.longValue();
        }
        JsonNode lessons = root.get("lessons");
        Map<String, LessonProgress> out = new HashMap<>();
        if (lessons == null) {
            return new Parsed(seed, out);
        }
        if (!lessons.isObject()) {
            throw new InputFileException(name + ": field \"lessons\" must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = lessons.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (out.size() >= 10_000) {
                throw new InputFileException(name + ": too many lessons");
            }
            out.put(e.getKey(), lesson(e.getKey(), e.getValue()));
        }
        return new Parsed(seed, out);
    }

    private static LessonProgress lesson(String id, JsonNode n) throws InputFileException {
        String at = "field \"lessons." + id;
        if (!n.isObject()) {
            throw new InputFileException("progress: " + at + "\" must be an object");
        }
        JsonNode current = n.path("current");
        if (!current.isMissingNode() && !(current.isIntegralNumber() && current.canConvertToInt()
                && current.intValue() >= 0)) {
            throw new InputFileException("progress: " + at + ".current\" must be a step number");
        }
        Set<Integer> finished = new TreeSet<>();
        JsonNode f = n.path("finished");
        if (!f.isMissingNode()) {
            if (!f.isArray() || f.size() > 1000) {
                throw new InputFileException("progress: " + at + ".finished\" must be a list of step numbers");
            }
            for (JsonNode s : f) {
                if (!s.isIntegralNumber() || !s.canConvertToInt() || s.intValue() < 0) {
                    throw new InputFileException("progress: " + at + ".finished\" must be a list of step numbers");
                }
                finished.add(s.intValue());
            }
        }
        Map<String, LessonProgress.CheckRecord> checks = new LinkedHashMap<>();
        // version 1 kept {"answer", "correct"} under "answers"; version 2 keeps a record under "checks"
        for (String field : new String[] {"answers", "checks"}) {
            JsonNode a = n.path(field);
            if (a.isMissingNode()) {
                continue;
            }
            if (!a.isObject() || a.size() > 1000) {
                throw new InputFileException("progress: " + at + "." + field + "\" must be an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String where = "progress: " + at + "." + field + "." + e.getKey() + "\"";
                if (!e.getKey().matches("\\d{1,4}\\.\\d{1,4}") || !e.getValue().isObject()) {
                    throw new InputFileException(where + " is not a check's record");
                }
                checks.put(e.getKey(), field.equals("answers") ? oldAnswer(e.getValue(), where)
                        : record(e.getValue(), where));
            }
        }
        return new LessonProgress(current.isMissingNode() ? 0 : current.intValue(), finished, checks);
    }

    /** A version-1 answer: the one answer kept counts as the first, given once, with no time. */
    private static LessonProgress.CheckRecord oldAnswer(JsonNode v, String where) throws InputFileException {
        if (!v.path("correct").isBoolean() || !v.path("answer").isTextual()) {
            throw new InputFileException(where + " is not an answer");
        }
        boolean correct = v.get("correct").booleanValue();
        return new LessonProgress.CheckRecord(v.get("answer").textValue(), correct, correct, 1, false, Double.NaN);
    }

    private static LessonProgress.CheckRecord record(JsonNode v, String where) throws InputFileException {
        String first = text(v, "first_answer", where);
        boolean firstCorrect = bool(v, "first_correct", false, where);
        boolean correct = bool(v, "correct", firstCorrect, where);
        boolean skipped = bool(v, "skipped", false, where);
        JsonNode a = v.path("attempts");
        int attempts;
        if (a.isMissingNode()) {
            attempts = first.isEmpty() ? 0 : 1;
        } else if (a.isIntegralNumber() && a.canConvertToInt() && a.intValue() >= 0) {
            attempts = a.intValue();
        } else {
            throw new InputFileException(where + ".attempts must be a whole number from 0");
        }
        JsonNode sec = v.path("seconds");
        double seconds = Double.NaN;
        if (!sec.isMissingNode() && !sec.isNull()) {
            if (!sec.isNumber() || !Double.isFinite(sec.doubleValue()) || sec.doubleValue() < 0) {
                throw new InputFileException(where + ".seconds must be a number of seconds from 0");
            }
            seconds = sec.doubleValue();
        }
        return new LessonProgress.CheckRecord(first, firstCorrect, correct, attempts, skipped, seconds);
    }

    private static String text(JsonNode v, String field, String where) throws InputFileException {
        JsonNode n = v.path(field);
        if (n.isMissingNode()) {
            return "";
        }
        if (!n.isTextual()) {
            throw new InputFileException(where + "." + field + " must be text");
        }
        return n.textValue();
    }

    private static boolean bool(JsonNode v, String field, boolean missing, String where) throws InputFileException {
        JsonNode n = v.path(field);
        if (n.isMissingNode()) {
            return missing;
        }
        if (!n.isBoolean()) {
            throw new InputFileException(where + "." + field + " must be true or false");
        }
        return n.booleanValue();
    }

    /** The progress as the JSON text of the file. */
    static String toJson(long seed, Map<String, LessonProgress> lessons) {
        ObjectNode root = JSON.createObjectNode();
        root.put("gatelab", "progress");
        root.put("version", VERSION);
        root.put("seed", seed);
        ObjectNode all = root.putObject("lessons");
        for (Map.Entry<String, LessonProgress> e : new TreeMap<>(lessons).entrySet()) {
            LessonProgress p = e.getValue();
            ObjectNode n = all.putObject(e.getKey());
            n.put("current", p.current());
            ArrayNode f = n.putArray("finished");
            new TreeSet<>(p.finished()).forEach(f::add);
            ObjectNode a = n.putObject("checks");
            new TreeMap<>(p.checks()).forEach((k, v) -> {
                ObjectNode o = a.putObject(k);
                o.put("first_answer", v.firstAnswer());
                o.put("first_correct", v.firstCorrect());
                o.put("correct", v.correct());
                o.put("attempts", v.attempts());
                o.put("skipped", v.skipped());
                if (Double.isFinite(v.seconds())) {
                    o.put("seconds", Math.round(v.seconds() * 10) / 10.0);
                }
            });
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the learner's seed and progress atomically, creating the folder if needed. */
    public void save(long seed, Map<String, LessonProgress> lessons) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        AtomicFiles.writeString(file, toJson(seed, lessons));
    }
}
