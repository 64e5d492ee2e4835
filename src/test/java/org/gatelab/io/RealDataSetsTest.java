package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.tasks.AnomalyDetection;
import org.gatelab.tasks.Baseline;
import org.gatelab.tasks.CsvSeries;
import org.gatelab.tasks.ErrorAlarms;
import org.gatelab.tasks.Predictions;
import org.gatelab.tasks.RealSeries;
import org.gatelab.tasks.RealTask;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.WindowedSeries;
import org.gatelab.vocabulary.RealDataSet;
import org.junit.jupiter.api.Test;

/**
 * The gallery's recordings as the tasks read them, and every figure of their explanations that does not need a
 * trained model: the data's own facts and the references (naive, seasonal naive, linear autoregression, and the
 * two used as detectors), each at the defaults. The models' figures are {@code RealDataOutcomeTest}'s (slow,
 * {@code mvn -Prealdata verify}).
 */
class RealDataSetsTest {
    private static final Path DATA = Path.of("assets", "data");

    /** Asserts that {@code text} quotes {@code value} as {@code format} prints it. */
    private static void quoted(String text, String format, double value) {
        String shown = String.format(Locale.ROOT, format, value);
        assertTrue(text.contains(shown), "the text should quote " + shown + " (measured " + value + "): " + text);
    }

    private static String text(RealDataSet set) throws IOException {
        return RealDataSets.task(set).explanation();
    }

    private static TaskData data(RealDataSet set, int difference) throws IOException {
        return RealDataSets.task(set).withDifference(difference).generate(1);
    }

    private static double reference(TaskData d, String id) {
        Baseline b = d.baseline(id);
        assertNotNull(b, id + " among " + d.baselines());
        return b.valLoss();
    }

    @Test
    void theSensorNetworkHas149LabelledReadingsInTwoEvents() throws IOException {
        RealSeries indoor = RealDataSets.series(RealDataSet.SENSORS_INDOOR);
        RealSeries outdoor = RealDataSets.series(RealDataSet.SENSORS_OUTDOOR);
        assertEquals(4417, indoor.size());
        assertEquals(5041, outdoor.size());
        assertEquals(117, count(indoor.labels()));
        assertEquals(32, count(outdoor.labels()));
        // README: mote 1 readings 2344-2460, mote 4 readings 2362-2393 (1-based readings)
        assertEquals(2343, first(indoor.labels()));
        assertEquals(2361, first(outdoor.labels()));
        assertEquals(2344 + 117 - 1, first(indoor.labels()) + count(indoor.labels()));
        assertEquals(45.93, indoor.value(0), 0.0);
        String text = text(RealDataSet.SENSORS_INDOOR);
        assertTrue(text.contains("From reading 2,344") && text.contains("for 117 readings"), text);
        assertTrue(text(RealDataSet.SENSORS_OUTDOOR).contains("32 labelled readings from reading 2,362"));
        // "drives it from about 46% up to 92%"
        assertEquals(46, indoor.value(2342), 0.5);
        assertEquals(92, max(indoor.values(), 0, indoor.size()), 0.5);
    }

    @Test
    void theIndoorEventLiesFarOutsideTheTrainingRange() throws IOException {
        RealTask task = RealDataSets.task(RealDataSet.SENSORS_INDOOR);
        RealSeries s = task.series();
        int split = (int) Math.round(s.size() * task.trainFraction());
        // "trained on humidities between 42% and 48%"
        assertTrue(min(s.values(), 0, split) >= 42 && max(s.values(), 0, split) <= 48);
        TaskData d = task.generate(1);
        double z = d.normalization().apply(max(s.values(), 0, s.size()));
        assertTrue(z > 40, "more than 40 sd above the training mean: " + z);
    }

    @Test
    void theOutdoorMoteDriftsBeyondItsTrainingRange() throws IOException {
        RealTask task = RealDataSets.task(RealDataSet.SENSORS_OUTDOOR);
        RealSeries s = task.series();
        int split = (int) Math.round(s.size() * task.trainFraction());
        // "between 36% and 51% during the training part, up to 59% later"
        assertEquals(36, min(s.values(), 0, split), 0.5);
        assertEquals(51, max(s.values(), 0, split), 0.5);
        double later = Double.NEGATIVE_INFINITY;
        boolean[] labels = s.labels();
        for (int i = split; i < s.size(); i++) {
            later = labels[i] ? later : Math.max(later, s.value(i));
        }
        assertEquals(59, later, 0.5);
    }

    @Test
    void theSensorReferencesAsDetectors() throws IOException {
        for (RealDataSet set : List.of(RealDataSet.SENSORS_INDOOR, RealDataSet.SENSORS_OUTDOOR)) {
            TaskData d = data(set, 0);
            String text = text(set);
            Baseline naive = d.baseline("naive");
            Baseline ar = d.baseline("linear_ar");
            quoted(text, "%.2f and", naive.scores().get("precision"));
            quoted(text, "and %.2f, the linear", naive.scores().get("recall"));
            quoted(text, "autoregression %.2f and", ar.scores().get("precision"));
            quoted(text, "and %.2f", ar.scores().get("recall"));
            assertEquals(1, ((ErrorAlarms) d.extras()).anomalies().size(), "one labelled event, in the validation part");
            assertTrue(d.notes().contains(String.format(Locale.ROOT, "%d of the %d labelled steps (1 event) fall in the "
                    + "validation part", set == RealDataSet.SENSORS_INDOOR ? 117 : 32,
                    set == RealDataSet.SENSORS_INDOOR ? 117 : 32)), d.notes().toString());
        }
        quoted(text(RealDataSet.SENSORS_INDOOR), "naive forecast's %.2f", data(RealDataSet.SENSORS_INDOOR, 0)
                .naiveValLoss());
    }

    @Test
    void alarmsAreScoredStepByStepAgainstTheLabels() throws IOException {
        TaskData d = data(RealDataSet.SENSORS_INDOOR, 0);
        ErrorAlarms alarms = (ErrorAlarms) d.extras();
        WindowedSeries train = (WindowedSeries) d.train();
        WindowedSeries val = (WindowedSeries) d.validation();
        // a perfect forecaster everywhere except on the labelled steps: every labelled step and nothing else
        boolean[] labels = RealDataSets.series(RealDataSet.SENSORS_INDOOR).labels();
        double[] p = new double[val.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = val.targetValue(i, 0) + (labels[val.targetIndex(i)] ? 5 : 0);
        }
        double[] t = new double[train.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = train.targetValue(i, 0) + 0.01 * (i % 3 - 1);
        }
        AnomalyDetection a = alarms.detect(Predictions.wrap(t.length, 1, 1, t), Predictions.wrap(p.length, 1, 1, p));
        assertEquals(117, a.alarms());
        assertEquals(1.0, a.precision(), 0.0);
        assertEquals(1.0, a.recall(), 0.0);
        assertEquals(1, a.detected());
    }

    @Test
    void theElectrocardiogramIsInMillivoltsAt90Hz() throws IOException {
        RealSeries ecg = RealDataSets.series(RealDataSet.ECG);
        assertEquals(27_000, ecg.size());
        assertNull(ecg.labels(), "no beat labels ship");
        // block means keep the overall mean: SciPy's docstring prints -0.16510875 mV for the whole series
        double mean = 0;
        for (double v : ecg.values()) {
            mean += v;
        }
        assertEquals(-0.16510875, mean / ecg.size(), 1e-9);
        // the file's first four samples are 1024 - ... : mV = (v - 1024) / 200, averaged
        CsvSeries raw = CsvSeriesReader.read(DATA.resolve("ecg-mitbih-208.csv"), "mlii_adc");
        assertEquals(108_000, raw.size());
        double first = 0;
        for (int k = 0; k < 4; k++) {
            first += (raw.value(k) - 1024) / 200;
        }
        assertEquals(first / 4, ecg.value(0), 1e-12);
        assertEquals("150.0 s", ecg.time().at(13_500));
        TaskData d = data(RealDataSet.ECG, 0);
        String text = text(RealDataSet.ECG);
        quoted(text, "naive forecast scores %.3f", d.naiveValLoss());
        quoted(text, "same 45 values %.3f", reference(d, "linear_ar"));
        assertFalse(((ErrorAlarms) d.extras()).scored());
        assertTrue(text.contains("No beat annotations ship with this file"), text);
        assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("no labels ship with this recording")));
    }

    @Test
    void birthsFollowTheWeek() throws IOException {
        Path file = DATA.resolve("us-births-2000-2014.csv");
        CsvSeries births = CsvSeriesReader.read(file, "births");
        CsvSeries day = CsvSeriesReader.read(file, "day_of_week");
        assertEquals(5479, births.size());
        double[] sum = new double[8];
        int[] n = new int[8];
        for (int i = 0; i < births.size(); i++) {
            int d = (int) day.value(i);
            sum[d] += births.value(i);
            n[d]++;
        }
        // "about 8,600 births on a Saturday and 7,500 on a Sunday, against 11,900 to 13,100 on weekdays"
        assertEquals(8600, sum[6] / n[6], 50);
        assertEquals(7500, sum[7] / n[7], 50);
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (int d = 1; d <= 5; d++) {
            low = Math.min(low, sum[d] / n[d]);
            high = Math.max(high, sum[d] / n[d]);
        }
        assertEquals(11_900, low, 50);
        assertEquals(13_100, high, 50);
        RealTask task = RealDataSets.task(RealDataSet.BIRTHS);
        TaskData d = task.generate(1);
        // "2000 to 2011 train, 2012 to 2014 validate"
        WindowedSeries val = (WindowedSeries) d.validation();
        assertEquals(LocalDate.of(2012, 1, 1).toString(), task.series().time().at(val.targetIndex(0)));
        String text = task.explanation();
        quoted(text, "today\" scores %.2f", d.naiveValLoss());
        quoted(text, "best constant's %.2f", d.baselineValLoss());
        quoted(text, "seven days ago\", %.2f", reference(d, "seasonal_naive"));
        quoted(text, "better still, %.3f", reference(d, "linear_ar"));
        assertTrue(d.naiveValLoss() > d.baselineValLoss(), "the naive forecast is worse than the constant");
    }

    @Test
    void sunspotCyclesVaryInLength() throws IOException {
        RealTask task = RealDataSets.task(RealDataSet.SUNSPOTS);
        RealSeries s = task.series();
        assertEquals(309, s.size());
        // peaks: a year whose number is the largest within 4 years either side
        List<Integer> peaks = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.value(i) == max(s.values(), Math.max(0, i - 4), Math.min(s.size(), i + 5))) {
                peaks.add(1700 + i);
            }
        }
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (int k = 1; k < peaks.size(); k++) {
            shortest = Math.min(shortest, peaks.get(k) - peaks.get(k - 1));
            longest = Math.max(longest, peaks.get(k) - peaks.get(k - 1));
        }
        String text = task.explanation();
        assertTrue(text.contains("(" + shortest + " to " + longest + " years from one peak to the next"), text);
        int split = (int) Math.round(s.size() * task.trainFraction());
        assertEquals("1947", s.time().at(split));
        assertEquals(190, max(s.values(), split, s.size()), 0.5);
        assertEquals(154, max(s.values(), 0, split), 0.5);
        assertEquals(1957, 1700 + argmax(s.values()));
        TaskData d = task.generate(1);
        quoted(text, "naive forecast scores %.2f", d.naiveValLoss());
        quoted(text, "does worse, %.2f", reference(d, "seasonal_naive"));
        quoted(text, "20 years scores %.2f", reference(d, "linear_ar"));
        assertEquals(62, d.validation().size(), "62 validation years");
    }

    @Test
    void co2RisesOutOfItsTrainingRange() throws IOException {
        RealTask task = RealDataSets.task(RealDataSet.CO2);
        RealSeries s = task.series();
        assertEquals(2284, s.size());
        CsvSeries read = CsvSeriesReader.read(DATA.resolve("co2.csv"), "co2");
        assertEquals(59, read.gaps().filled(), "59 empty weeks, all between two measured ones");
        assertEquals(0, read.gaps().leading() + read.gaps().trailing());
        int split = (int) Math.round(s.size() * task.trainFraction());
        assertEquals("1993-04-03", s.time().at(split));
        double top = max(s.values(), 0, split);
        int above = 0;
        for (int i = split; i < s.size(); i++) {
            above += s.value(i) > top ? 1 : 0;
        }
        String text = task.explanation();
        quoted(text, "%.0f%% of the weeks lie above", 100.0 * above / (s.size() - split));
        // "about 1.3 ppm a year (from 316 ppm in 1959 to 369 in 2000)": yearly means of the measured weeks
        double y1959 = yearMean(s, 1959);
        double y2000 = yearMean(s, 2000);
        assertEquals(316, y1959, 0.5);
        assertEquals(369, y2000, 0.5);
        assertEquals(1.3, (y2000 - y1959) / 41, 0.05);
        TaskData level = task.generate(1);
        TaskData change = task.withDifference(1).generate(1);
        quoted(text, "the naive %.4f", level.naiveValLoss());
        quoted(text, "autoregression scores %.4f", reference(level, "linear_ar"));
        quoted(text, "against %.2f, in units", change.naiveValLoss());
        quoted(text, "autoregression's %.2f", reference(change, "linear_ar"));
    }

    @Test
    void forecastingTheChangeIsForecastingTheValueWithTheSameError() throws IOException {
        // the naive forecast is "no change": in a differenced task its loss is that of predicting d = 0
        TaskData d = data(RealDataSet.CO2, 1);
        WindowedSeries val = (WindowedSeries) d.validation();
        double[] zero = new double[val.size()];
        java.util.Arrays.fill(zero, d.normalization().apply(0));
        assertEquals(d.naiveValLoss(), val.loss(Predictions.wrap(zero.length, 1, 1, zero)), 1e-12);
        // and in level units both tasks score the naive forecast the same: loss x sd^2 is ppm^2
        TaskData level = data(RealDataSet.CO2, 0);
        double ppm2Level = level.naiveValLoss() * Math.pow(level.normalization().sd(), 2);
        double ppm2Change = d.naiveValLoss() * Math.pow(d.normalization().sd(), 2);
        assertEquals(ppm2Level, ppm2Change, 1e-9);
        assertEquals(level.validation().size(), d.validation().size(), "the same validation weeks");
    }

    @Test
    void theCsvTaskTakesTheFirstValueColumnOfTheseFilesAndSaysWhy() throws IOException {
        record Expect(String file, String column, String passed) {
        }
        for (Expect e : List.of(new Expect("sunspots.csv", "SUNACTIVITY", "\"YEAR\" counts up by 1"),
                new Expect("co2.csv", "co2", "\"date\" holds dates"),
                new Expect("nile.csv", "volume", "\"year\" counts up by 1"),
                new Expect("elnino.csv", "JAN", "\"YEAR\" counts up by 1"),
                new Expect("us-births-2000-2014.csv", "births", "\"day_of_week\" is named like time or an index"),
                new Expect("sensor-network-single-hop.csv", "humidity", "\"indoor\" is 1 on each of the first 50 "
                        + "rows"))) {
            CsvSeries s = CsvSeriesReader.read(DATA.resolve(e.file()), null);
            assertEquals(e.column(), s.columnName(), e.file());
            assertTrue(s.choice().startsWith("Column \"" + e.column() + "\" is the series"), s.choice());
            assertTrue(s.choice().contains(e.passed()), s.choice());
            assertTrue(s.notes().contains(s.choice()), e.file() + ": the note says which column");
        }
        // the reading number of the sensor file steps by 1 within a mote and restarts at the next: said so
        CsvSeries sensors = CsvSeriesReader.read(DATA.resolve("sensor-network-single-hop.csv"), null);
        assertTrue(sensors.notes().stream().anyMatch(n -> n.startsWith("rows are not evenly spaced: \"reading\" steps "
                + "by 1 between most rows, but not on 3 of 18,913")), sensors.notes().toString());
        // a file whose only number column is a counter is still read from it
        assertEquals("", CsvSeriesReader.read(DATA.resolve("co2.csv"), "co2").choice(), "named: no choice to explain");
    }

    private static double yearMean(RealSeries s, int year) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.time().at(i).startsWith(year + "-")) {
                sum += s.value(i);
                n++;
            }
        }
        return sum / n;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean v : b) {
            n += v ? 1 : 0;
        }
        return n;
    }

    private static int first(boolean[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i]) {
                return i;
            }
        }
        return -1;
    }

    private static double max(double[] v, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            m = Math.max(m, v[i]);
        }
        return m;
    }

    private static double min(double[] v, int from, int to) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            m = Math.min(m, v[i]);
        }
        return m;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            best = v[i] > v[best] ? i : best;
        }
        return best;
    }
}
