package org.gatelab.training.text;

import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.TextCorpus;
import org.gatelab.tasks.text.Vocabulary;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;

/** Small corpora, models and settings for the character-model tests, all from fixed seeds. */
final class TextFixtures {
    private TextFixtures() {
    }

    /** A repetitive little text: easy to beat the baselines on. */
    static TextCorpus rhymes() {
        StringBuilder sb = new StringBuilder();
        String[] lines = {"the cat sat on the mat", "the dog sat on the log", "a cat and a dog", "on a mat, on a log"};
        for (int i = 0; i < 120; i++) {
            sb.append(lines[i % lines.length]).append(i % 7 == 0 ? "!" : ".").append('\n');
        }
        return TextCorpus.prose("rhymes", "Rhymes", sb.toString(), "");
    }

    /** A freshly initialized character model over {@code text}'s characters. */
    static CharModel model(CellKind cell, String text, int hidden, long seed) {
        Vocabulary v = Vocabulary.of(text);
        Model m = Initializer.create(ModelConfig.of(cell, v.size(), hidden, v.size()),
                new InitSpec(InitScheme.PYTORCH_DEFAULT, seed, Double.NaN, 1, 0));
        return new CharModel(m, v, "test");
    }

    /** The lab's defaults, smaller and shorter. */
    static TrainingConfig small(CellKind cell, int epochs) {
        return TrainingDefaults.config().withCell(cell).withHidden(16).withBatchSize(8).withEpochs(epochs);
    }
}
