package org.gatelab.viewmodel.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.engine.Model;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.training.EpochReport;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.training.TrainingRun;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;

/** Tiny training-lab settings and comparisons shared by the view-model tests. */
public final class TrainingLabFixtures {
    private TrainingLabFixtures() {
    }

    /** A model that computes everything synchronously, on the calling thread. */
    public static TrainingLabViewModel synchronous(WorkspaceViewModel session) {
        return new TrainingLabViewModel(session, TaskRunner.direct(), Runnable::run);
    }

    /** Adding problem T = 10 with 64 training and 20 validation sequences, hidden 4, batch 16, {@code epochs}. */
    public static void tinyAdding(TrainingLabViewModel m, int epochs) {
        m.selectTask(TaskKind.ADDING);
        assertTrue(m.setTaskValue(TaskSetting.ADDING_LENGTH, "10"));
        assertTrue(m.setTaskValue(TaskSetting.ADDING_TRAIN, "64"));
        assertTrue(m.setTaskValue(TaskSetting.ADDING_VALIDATION, "20"));
        assertTrue(m.setTrainingValue(TrainingSetting.HIDDEN, "4"));
        assertTrue(m.setTrainingValue(TrainingSetting.BATCH_SIZE, "16"));
        assertTrue(m.setTrainingValue(TrainingSetting.EPOCHS, Integer.toString(epochs)));
    }

    /** The epochs a plain {@link TrainingRun} reports for the model's settings. */
    public static List<EpochReport> reference(TrainingLabViewModel m) {
        ExperimentSettings s = m.settings();
        return new TrainingRun(s.task().generate(s.config().seed()), s.config()).run().epochs();
    }

    /** Every figure but the wall-clock time, bit for bit. */
    public static void assertSameEpochs(List<EpochReport> expected, List<EpochPoint> actual) {
        assertEquals(expected.size(), actual.size(), "epochs");
        for (int i = 0; i < expected.size(); i++) {
            EpochReport e = expected.get(i);
            EpochPoint a = actual.get(i);
            String at = "epoch " + e.epoch();
            assertEquals(e.epoch(), a.epoch(), at);
            assertBits(e.trainLoss(), a.trainLoss(), at + " train loss");
            assertBits(e.valLoss(), a.valLoss(), at + " validation loss");
            assertBits(e.accuracy(), a.accuracy(), at + " accuracy");
            assertBits(e.gradNormMean(), a.gradNormMean(), at + " mean gradient norm");
            assertBits(e.gradNormMax(), a.gradNormMax(), at + " max gradient norm");
            assertBits(e.clippedFraction(), a.clippedFraction(), at + " clipped share");
            assertEquals(e.extras(), a.extras(), at + " extras");
        }
    }

    public static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                what + ": expected " + expected + ", got " + actual);
    }

    public static void assertSameParameters(Model a, Model b) {
        List<Tensor> pa = a.parameters();
        List<Tensor> pb = b.parameters();
        assertEquals(pa.size(), pb.size());
        for (int k = 0; k < pa.size(); k++) {
            assertEquals(pa.get(k).name(), pb.get(k).name());
            double[] va = pa.get(k).values();
            double[] vb = pb.get(k).values();
            assertEquals(va.length, vb.length);
            for (int i = 0; i < va.length; i++) {
                assertBits(va[i], vb[i], pa.get(k).name() + "[" + i + "]");
            }
        }
    }
}
