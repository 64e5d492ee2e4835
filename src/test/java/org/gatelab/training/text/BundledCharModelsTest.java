package org.gatelab.training.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.io.CharModelFiles;
import org.gatelab.io.CorpusFiles;
import org.gatelab.tasks.text.BracketLanguage;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.Hypothesis;
import org.gatelab.tasks.text.TextData;
import org.gatelab.tasks.text.TextTask;
import org.gatelab.vocabulary.CellKind;
import org.junit.jupiter.api.Test;

/**
 * The character models in {@code assets/models/} (made by the commands in {@code assets/README.md}): each loads,
 * reads its corpus with the vocabulary that corpus gives with seed 1, and does what that README says of it.
 */
class BundledCharModelsTest {
    private static final Path ASSETS = Path.of("assets");

    private static CharModel load(String file) throws IOException {
        return CharModelFiles.load(ASSETS.resolve("models").resolve(file));
    }

    private static TextData data(String corpus) throws IOException {
        return TextTask.of(CorpusFiles.load(corpus, ASSETS, 1)).generate(1, 32);
    }

    private static double heldOutBpc(CharModel m, TextData d) {
        return TextEvaluation.bitsPerCharacter(new SequenceRunner(), m.model(), d.validationStreams(32));
    }

    @Test
    void theNamesModelsBeatTheBigramOnHeldOutNames() throws IOException {
        TextData names = data("names");
        for (CellKind cell : CellKind.values()) {
            CharModel m = load("names-" + cell.id() + ".safetensors");
            assertEquals(cell, m.model().config().cell());
            assertEquals(32, m.model().config().hiddenSize());
            assertEquals(names.vocabulary(), m.vocabulary());
            double bpc = heldOutBpc(m, names);
            assertTrue(bpc < names.baselines().bigram(), cell + ": " + bpc + " against the bigram's "
                    + names.baselines().bigram());
        }
    }

    /** The Moby-Dick LSTM: 64 units, below the bigram on the last 10% of the book, which it never trained on. */
    @Test
    void theMobyDickLstmBeatsTheBigramOnTheHeldOutChapters() throws IOException {
        TextData moby = data("moby-dick");
        CharModel m = load("moby-dick-lstm.safetensors");
        assertEquals("moby-dick", m.corpus());
        assertEquals(CellKind.LSTM, m.model().config().cell());
        assertEquals(64, m.model().config().hiddenSize());
        assertEquals(moby.vocabulary(), m.vocabulary());
        double bpc = heldOutBpc(m, moby);
        assertTrue(bpc < moby.baselines().bigram(), bpc + " against the bigram's " + moby.baselines().bigram());
        assertEquals(MOBY_HELD_OUT_BPC, bpc, 0.005, "the figure assets/README.md states");
        // it writes on from a prime
        String sample = new Sampler().sample(m, "Call me ", 200, 0.8, 1);
        assertTrue(sample.startsWith("Call me "), sample);
        assertEquals(208, sample.codePointCount(0, sample.length()), "the prime and 200 characters");
    }

    /** The held-out bits per character assets/README.md states (the training command's val_bpc). */
    private static final double MOBY_HELD_OUT_BPC = 2.392;

    /** A unit of the brackets LSTM follows the depth at |r| ≥ 0.9 on strings from another seed than training's. */
    @Test
    void theBracketsLstmHasAUnitThatCountsTheDepthOnHeldOutStrings() throws IOException {
        CharModel m = load("brackets-lstm.safetensors");
        assertEquals(CellKind.LSTM, m.model().config().cell());
        assertEquals(data("brackets").vocabulary(), m.vocabulary());
        for (long seed : new long[] {2, 3}) {
            String fresh = BracketLanguage.generate(seed, 200).substring(0, 2000);
            List<UnitSearch.Match> ranked = UnitSearch.rank(TextReading.of(m, fresh), UnitValue.CELL,
                    Hypothesis.BRACKET_DEPTH.signal(fresh, null));
            assertTrue(Math.abs(ranked.get(0).r()) >= 0.9, "seed " + seed + ": " + ranked.subList(0, 3));
        }
    }
}
