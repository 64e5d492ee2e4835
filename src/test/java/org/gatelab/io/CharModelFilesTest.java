package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.Vocabulary;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharModelFilesTest {
    @TempDir
    Path dir;

    @Test
    void aCharacterModelKeepsItsVocabularyInTheFile() throws IOException {
        Vocabulary v = Vocabulary.of("\"Call me\" \u2014 Ishmael.\n\\ \t\u00e9\uD83D\uDE00");
        Model m = Initializer.create(ModelConfig.of(CellKind.GRU, v.size(), 5, v.size()),
                new InitSpec(InitScheme.PYTORCH_DEFAULT, 3, Double.NaN, 1, 0));
        Path p = dir.resolve("m.safetensors");
        CharModelFiles.save(p, new CharModel(m, v, "moby-dick"));
        CharModel back = CharModelFiles.load(p);
        assertEquals(v, back.vocabulary());
        assertEquals("moby-dick", back.corpus());
        assertEquals(CellKind.GRU, back.model().config().cell());
        for (String name : m.parameterNames()) {
            assertArrayEquals(m.parameter(name).values(), back.model().parameter(name).values(), 0.0, name);
        }
    }

    @Test
    void aModelWithoutAVocabularyIsNotACharacterModel() throws IOException {
        Model m = Initializer.create(ModelConfig.of(CellKind.LSTM, 2, 3, 1),
                new InitSpec(InitScheme.PYTORCH_DEFAULT, 1, Double.NaN, 1, 0));
        Path p = dir.resolve("adding.safetensors");
        ModelFiles.save(p, m);
        InputFileException e = assertThrows(InputFileException.class, () -> CharModelFiles.load(p));
        assertTrue(e.getMessage().startsWith("adding.safetensors: the file has no vocabulary in its metadata"),
                e.getMessage());
    }

    @Test
    void aVocabularyThatDoesNotFitTheModelIsRefused() throws IOException {
        Model m = Initializer.create(ModelConfig.of(CellKind.RNN, 4, 3, 4),
                new InitSpec(InitScheme.PYTORCH_DEFAULT, 1, Double.NaN, 1, 0));
        SafetensorsFile f = ModelFiles.toFile(m);
        java.util.Map<String, String> meta = new java.util.LinkedHashMap<>(f.metadata());
        meta.put(CharModelFiles.META_VOCABULARY, "ab");
        InputFileException e = assertThrows(InputFileException.class, () -> CharModelFiles.fromFile(
                new SafetensorsFile(f.tensors().values(), meta), "x.safetensors"));
        assertEquals("x.safetensors: a character model over 3 symbols needs input and output size 3, this model has "
                + "4 and 4", e.getMessage());
    }
}
