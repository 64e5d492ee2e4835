package org.gatelab.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyTaskTest {
    private static final AnomalyTask TASK = new AnomalyTask(20, 1200, 25, 6);

    private static double clean(int t, int period) {
        double phase = 2 * Math.PI * t / period;
        return Math.sin(phase) + 0.4 * Math.sin(2 * phase + 1);
    }

    @Test
    void theAnomaliesAreWhereTheTaskSaysTheyAre() {
        TaskData data = TASK.generate(3);
        AnomalyEvaluation eval = (AnomalyEvaluation) data.extras();
        List<Anomaly> anomalies = eval.anomalies();
        assertEquals(6, anomalies.size());
        WindowedSeries val = (WindowedSeries) data.validation();
        WindowedSeries train = (WindowedSeries) data.train();
        Normalization z = data.normalization();
        // away from an anomaly the raw series is the clean signal plus N(0, 0.05²) noise (8 sd = 0.4);
        // on one it is off by the anomaly's magnitude (at least 0.6)
        int inside = 0;
        for (int n = 0; n < val.size(); n++) {
            int t = val.targetIndex(n);
            double deviation = z.invert(val.targetValue(n, 0)) - clean(t, 25);
            Anomaly hit = anomalies.stream().filter(a -> a.contains(t)).findFirst().orElse(null);
            if (hit == null) {
                assertTrue(Math.abs(deviation) < 0.4, "step " + t + " deviates by " + deviation);
            } else {
                inside++;
                assertEquals(hit.magnitude(), deviation, 0.4, "step " + t + " of " + hit);
                assertTrue(Math.abs(hit.magnitude()) >= 0.6);
            }
        }
        assertTrue(inside >= 6);
        for (int n = 0; n < train.size(); n++) {
            double deviation = z.invert(train.targetValue(n, 0)) - clean(train.targetIndex(n), 25);
            assertTrue(Math.abs(deviation) < 0.4, "the training half is clean");
        }
        for (int k = 0; k < anomalies.size(); k++) {
            Anomaly a = anomalies.get(k);
            assertEquals(k % 2 == 0 ? Anomaly.Kind.SPIKE : Anomaly.Kind.LEVEL_SHIFT, a.kind());
            assertTrue(a.start() >= 600 + 20, "in the validation half, after one window");
            if (k > 0) {
                assertTrue(a.start() > anomalies.get(k - 1).end() + 20, "no window sees two anomalies");
            }
        }
        assertTrue(data.notes().get(1).startsWith("6 anomalies at steps "), data.notes().get(1));
    }

    @Test
    void aForecasterThatKnowsTheCleanSignalFindsEveryAnomaly() {
        TaskData data = TASK.generate(3);
        AnomalyEvaluation eval = (AnomalyEvaluation) data.extras();
        WindowedSeries train = (WindowedSeries) data.train();
        WindowedSeries val = (WindowedSeries) data.validation();
        Normalization z = data.normalization();
        double[] tp = new double[train.size()];
        for (int n = 0; n < tp.length; n++) {
            tp[n] = z.apply(clean(train.targetIndex(n), 25));
        }
        double[] vp = new double[val.size()];
        for (int n = 0; n < vp.length; n++) {
            vp[n] = z.apply(clean(val.targetIndex(n), 25));
        }
        AnomalyDetection d = eval.detect(new Predictions(tp.length, 1, 1, tp), new Predictions(vp.length, 1, 1, vp));
        assertEquals(1.0, d.recall());
        // its other errors are noise, of which about 1% exceed mean + 3 sd of a half-normal: a few false alarms
        assertTrue(d.precision() > 0.5, "precision " + d.precision());
        assertTrue(d.trueAlarms() >= 6 && d.trueAlarms() <= d.alarms());
        assertEquals(d.alarms(), d.alarmIndices().length);
        assertTrue(d.threshold() > 0);
        // predicting every validation target exactly raises no alarm at all
        double[] exact = new double[val.size()];
        for (int n = 0; n < exact.length; n++) {
            exact[n] = val.targetValue(n, 0);
        }
        AnomalyDetection none = eval.detect(new Predictions(tp.length, 1, 1, tp),
                new Predictions(exact.length, 1, 1, exact));
        assertEquals(0, none.alarms());
        assertEquals(0.0, none.recall());
        assertTrue(Double.isNaN(none.precision()));
        assertEquals(List.of("precision", "recall", "threshold", "alarms"),
                List.copyOf(eval.evaluate(new Predictions(tp.length, 1, 1, tp), new Predictions(vp.length, 1, 1, vp))
                        .keySet()));
    }

    @Test
    void tooManyAnomaliesForTheSeriesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnomalyTask(20, 1200, 25, 50));
        assertTrue(e.getMessage().startsWith("anomalies must be between 1 and 7 for a series of 1200 values"),
                e.getMessage());
    }
}
