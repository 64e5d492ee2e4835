package org.gatelab.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gatelab.engine.Model;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.Vocabulary;

/**
 * Character models as {@code .safetensors} files: the model's tensors as {@link ModelFiles} writes them, plus
 * the vocabulary in the header's metadata, so that {@code gatelab sample} and the language lab need nothing
 * else. Metadata (all strings, as the format requires): {@code task} = {@code text}, {@code vocabulary} = the
 * characters in code-point order (the symbol of the i-th is i + 1; symbol 0 is the unknown character),
 * {@code corpus} = the corpus's name.
 */
public final class CharModelFiles {
    public static final String META_TASK = "task";
    public static final String META_VOCABULARY = "vocabulary";
    public static final String META_CORPUS = "corpus";
    public static final String TASK_TEXT = "text";

    private CharModelFiles() {
    }

    /** Saves the model with its vocabulary, atomically. */
    public static void save(Path path, CharModel model) throws IOException {
        SafetensorsFile plain = ModelFiles.toFile(model.model());
        Map<String, String> meta = new LinkedHashMap<>(plain.metadata());
        meta.put(META_TASK, TASK_TEXT);
        meta.put(META_VOCABULARY, model.vocabulary().characters());
        meta.put(META_CORPUS, model.corpus());
        Safetensors.write(path, new SafetensorsFile(plain.tensors().values(), meta), Dtype.F64);
    }

    /** Loads a character model; the message of a file without a vocabulary says what it is instead. */
    public static CharModel load(Path path) throws IOException {
        SafetensorsFile file = Safetensors.read(path);
        String source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        return fromFile(file, source);
    }

    /** True when a parsed file carries a vocabulary: a character model. */
    public static boolean isCharModel(SafetensorsFile file) {
        return file.metadata().containsKey(META_VOCABULARY);
    }

    /** A character model from a parsed file; {@code source} names it in messages. */
    public static CharModel fromFile(SafetensorsFile file, String source) throws InputFileException {
        String characters = file.metadata().get(META_VOCABULARY);
        if (characters == null) {
            throw new InputFileException(source + ": the file has no vocabulary in its metadata, so it is not a "
                    + "character model (train one with gatelab train --task text --out FILE)");
        }
        Vocabulary vocabulary;
        try {
            vocabulary = Vocabulary.parse(characters);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(source + ": metadata \"" + META_VOCABULARY + "\": " + e.getMessage());
        }
        Model model = ModelFiles.fromTensors(file, source, null, null);
        try {
            return new CharModel(model, vocabulary, file.metadata().getOrDefault(META_CORPUS, ""));
        } catch (IllegalArgumentException e) {
            throw new InputFileException(source + ": " + e.getMessage());
        }
    }
}
