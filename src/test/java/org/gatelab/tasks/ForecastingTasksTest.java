package org.gatelab.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The sine and random-walk tasks: windows, chronological split, normalisation, references. */
class ForecastingTasksTest {
    @Test
    void sineWindowsPredictTheNextValueAndTheSplitIsChronological() {
        SineTask task = new SineTask(10, 200, 3, 0.1);
        TaskData data = task.generate(1);
        WindowedSeries train = (WindowedSeries) data.train();
        WindowedSeries val = (WindowedSeries) data.validation();
        assertEquals(10, train.length());
        assertEquals(1, train.features());
        // 80% of 200 = 160: training targets 10..159, validation targets 160..199
        assertEquals(150, train.size());
        assertEquals(40, val.size());
        assertEquals(10, train.targetIndex(0));
        assertEquals(159, train.targetIndex(train.size() - 1));
        assertEquals(160, val.targetIndex(0));
        // window n+1 is window n shifted by one, and n's target is the last input of n+1
        for (int n = 0; n + 1 < train.size(); n++) {
            assertEquals(train.targetValue(n, 0), train.input(n + 1, 9, 0));
            assertEquals(train.input(n, 1, 0), train.input(n + 1, 0, 0));
        }
        // the first validation window looks back into the training part
        assertEquals(train.targetValue(train.size() - 1, 0), val.input(0, 9, 0));
        assertTrue(data.normalization().isIdentity());
        assertEquals(1, data.notes().size(), "the formula of the series");
        assertTrue(data.notes().get(0).startsWith("xₜ ="), data.notes().get(0));
    }

    @Test
    void theNaiveLossIsTheMeanSquaredStep() {
        TaskData data = new SineTask(5, 100, 2, 0.0).generate(2);
        WindowedSeries val = (WindowedSeries) data.validation();
        double sum = 0;
        for (int n = 0; n < val.size(); n++) {
            double d = val.targetValue(n, 0) - val.input(n, 4, 0);
            sum += d * d;
        }
        assertEquals(sum / val.size(), data.naiveValLoss(), 1e-15);
    }

    @Test
    void generationIsDeterministic() {
        SineTask task = SineTask.defaults();
        assertEquals(task.generate(4).train().targetValue(100, 0), task.generate(4).train().targetValue(100, 0));
        assertTrue(task.generate(4).train().targetValue(100, 0) != task.generate(5).train().targetValue(100, 0));
        RandomWalkTask walk = RandomWalkTask.defaults();
        assertEquals(walk.generate(4).validation().targetValue(10, 0), walk.generate(4).validation().targetValue(10, 0));
    }

    @Test
    void theRandomWalkIsNormalisedWithTheTrainingPartOnly() {
        RandomWalkTask task = new RandomWalkTask(5, 500);
        TaskData data = task.generate(1);
        Normalization z = data.normalization();
        assertTrue(!z.isIdentity());
        // the training part (indices 0..399) has mean 0 and sd 1 after the z-score
        WindowedSeries train = (WindowedSeries) data.train();
        double mean = 0;
        int count = 0;
        for (int t = 0; t < 5; t++) {
            mean += train.input(0, t, 0);
            count++;
        }
        for (int n = 0; n < train.size(); n++) {
            mean += train.targetValue(n, 0);
            count++;
        }
        assertEquals(400, count);
        mean /= count;
        assertEquals(0, mean, 1e-9);
        double ss = 0;
        for (int t = 0; t < 5; t++) {
            ss += Math.pow(train.input(0, t, 0) - mean, 2);
        }
        for (int n = 0; n < train.size(); n++) {
            ss += Math.pow(train.targetValue(n, 0) - mean, 2);
        }
        assertEquals(1, Math.sqrt(ss / count), 1e-9);
        // and the first raw value was 100
        assertEquals(100, z.invert(train.input(0, 0, 0)), 1e-9);
        assertTrue(data.notes().get(0).startsWith("normalised with the training part's mean"));
        assertTrue(data.naiveValLoss() > 0 && data.naiveValLoss() < data.baselineValLoss());
    }

    @Test
    void windowsThatDoNotFitAreRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SineTask(200, 100, 2, 0.1));
        assertTrue(e.getMessage().startsWith("sine series: 100 values are too few for a window of 200"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SineTask(1, 100, 2, 0.1));
        assertEquals("window must be between 2 and 200, got 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SineTask(10, 100, 4, 0.1));
        assertEquals("sine components must be between 2 and 3, got 4", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SineTask(10, 100, 2, 1.5));
        assertEquals("noise must be between 0 and 1, got 1.5", e.getMessage());
    }

    @Test
    void aLinearAutoregressionRecoversTheCoefficientsOfItsSeries() {
        // x_t = 0.6 x_{t-1} - 0.3 x_{t-2} + 0.5 + N(0, 0.1²)
        java.util.Random r = new java.util.Random(3);
        double[] x = new double[20_000];
        for (int t = 2; t < x.length; t++) {
            x[t] = 0.6 * x[t - 1] - 0.3 * x[t - 2] + 0.5 + 0.1 * r.nextGaussian();
        }
        Forecasting.Split split = Forecasting.split("ar2", x, 2, 0.8, 1, false);
        LinearAutoregression ar = LinearAutoregression.fit(split.train());
        assertEquals(2, ar.order());
        double[] window = {1.0, 2.0};
        WindowedSeries one = new WindowedSeries(new double[] {1.0, 2.0, 0.0}, 2, 2, 1, 1);
        assertEquals(0.6 * 2 - 0.3 * 1 + 0.5, ar.predict(one, 0), 0.03, "window " + window[0] + ", " + window[1]);
        // its validation loss is about the noise's variance, 0.01
        double loss = split.validation().loss(ar.predictAll(split.validation()));
        assertEquals(0.01, loss, 0.002);
        // a window longer than MAX_ORDER uses its last values only
        assertEquals(LinearAutoregression.MAX_ORDER, LinearAutoregression.order(500));
    }

    @Test
    void differencingForecastsTheChangesOfTheSameTargets() {
        double[] x = new double[200];
        for (int t = 0; t < x.length; t++) {
            x[t] = 0.5 * t + Math.sin(t / 3.0);
        }
        CsvSeries s = CsvSeries.of("trend", x);
        TaskData level = new CsvTask(s, 10, 0.8, 1, 0).generate(1);
        TaskData change = new CsvTask(s, 10, 0.8, 1, 1).generate(1);
        WindowedSeries lv = (WindowedSeries) level.validation();
        WindowedSeries cv = (WindowedSeries) change.validation();
        assertEquals(lv.size(), cv.size(), "the same validation targets");
        assertEquals(lv.targetIndex(0), cv.targetIndex(0) + 1, "change i predicts value i + 1");
        // the change's target, back in raw units, is x[t] - x[t-1]
        double d = change.normalization().invert(cv.targetValue(0, 0));
        assertEquals(x[lv.targetIndex(0)] - x[lv.targetIndex(0) - 1], d, 1e-9);
        // the naive forecast is the same forecast in both: in raw units its error is the same
        double sd0 = level.normalization().sd();
        double sd1 = change.normalization().sd();
        assertEquals(level.naiveValLoss() * sd0 * sd0, change.naiveValLoss() * sd1 * sd1, 1e-9);
        assertTrue(change.notes().stream().anyMatch(n -> n.startsWith("differenced:")), change.notes().toString());
        assertEquals(1, change.baselines().size(), "a linear AR beside the model");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CsvTask(s, 10, 0.8, 1, 2));
        assertEquals("differencing must be between 0 (values) and 1, got 2", e.getMessage());
        assertEquals(", every 2nd window", Forecasting.everyNth(2));
        assertEquals(", every 11th window", Forecasting.everyNth(11));
        assertEquals(", every 23rd window", Forecasting.everyNth(23));
        assertEquals("", Forecasting.everyNth(1));
    }
}
