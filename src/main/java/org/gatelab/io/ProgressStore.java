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
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The learner's progress in every lesson, in one small JSON file written atomically (so a crash leaves the old
 * or the new file, never half of one):
 * <pre>
 * { "gatelab": "progress", "version": 1,
 *   "lessons": { "04-lstm": { "current": 3, "finished": [0, 1, 2],
 *                             "answers": { "1.0": { "answer": "0.5", "correct": true } } } } }
 * </pre>
 * A file that cannot be read is set aside (renamed with {@code .broken-<time>}) and reading starts over empty,
 * with a message saying so; the learner's file is never overwritten unread.
 */
public final class ProgressStore {
    public static final int MAX_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = Json.reader(new Json.Limits(8, 30, 4096));

    private final Path file;

    public ProgressStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** What {@link #load()} found, and a message when the file had to be set aside. */
    public record Loaded(Map<String, LessonProgress> lessons, String message) {
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
            return new Loaded(Map.of(), "");
        } catch (IOException e) {
            return new Loaded(Map.of(), "Could not read your lesson progress (" + e.getMessage() + "); it will "
                    + "not be saved this workspace.");
        }
        try {
            return new Loaded(parse(bytes), "");
        } catch (InputFileException e) {
            return setAside(e.getMessage());
        }
    }

    private Loaded setAside(String why) {
        try {
            Path aside = SetAside.move(file);
            return new Loaded(Map.of(), "Your lesson progress file could not be read (" + why + "). It was kept as "
                    + aside.getFileName() + " and progress starts over.");
        } catch (IOException e) {
            return new Loaded(Map.of(), "Your lesson progress file could not be read (" + why + ") nor set aside ("
                    + e.getMessage() + ").");
        }
    }

    /** Parses progress JSON; everything unexpected is an {@link InputFileException} naming the field. */
    static Map<String, LessonProgress> parse(byte[] bytes) throws InputFileException {
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
        JsonNode lessons = root.get("lessons");
        Map<String, LessonProgress> out = new HashMap<>();
        if (lessons == null) {
            return out;
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
        return out;
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
        Map<String, LessonProgress.Answer> answers = new LinkedHashMap<>();
        JsonNode a = n.path("answers");
        if (!a.isMissingNode()) {
            if (!a.isObject() || a.size() > 1000) {
                throw new InputFileException("progress: " + at + ".answers\" must be an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (!e.getKey().matches("\\d{1,4}\\.\\d{1,4}") || !v.isObject() || !v.path("correct").isBoolean()
                        || !v.path("answer").isTextual()) {
                    throw new InputFileException("progress: " + at + ".answers." + e.getKey() + "\" is not an answer");
                }
                answers.put(e.getKey(), new LessonProgress.Answer(v.get("answer").textValue(),
                        v.get("correct").booleanValue()));
            }
        }
        return new LessonProgress(current.isMissingNode() ? 0 : current.intValue(), finished, answers);
    }

    /** The progress as the JSON text of the file. */
    static String toJson(Map<String, LessonProgress> lessons) {
        ObjectNode root = JSON.createObjectNode();
        root.put("gatelab", "progress");
        root.put("version", 1);
        ObjectNode all = root.putObject("lessons");
        for (Map.Entry<String, LessonProgress> e : new java.util.TreeMap<>(lessons).entrySet()) {
            LessonProgress p = e.getValue();
            ObjectNode n = all.putObject(e.getKey());
            n.put("current", p.current());
            ArrayNode f = n.putArray("finished");
            new TreeSet<>(p.finished()).forEach(f::add);
            ObjectNode a = n.putObject("answers");
            new java.util.TreeMap<>(p.answers()).forEach((k, v) -> {
                ObjectNode o = a.putObject(k);
                o.put("answer", v.answer());
                o.put("correct", v.correct());
            });
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the progress atomically, creating the folder if needed. */
    public void save(Map<String, LessonProgress> lessons) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        AtomicFiles.writeString(file, toJson(lessons));
    }
}
