package org.gatelab.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gatelab.tasks.CsvSeries;
import org.gatelab.tasks.RealDataInfo;
import org.gatelab.tasks.RealSeries;
import org.gatelab.tasks.RealTask;
import org.gatelab.tasks.TimeAxis;
import org.gatelab.vocabulary.RealDataSet;

/**
 * Reads the gallery's recordings. The files of {@code assets/data} travel inside the application (the build
 * copies them to {@code org/gatelab/data/} on the class path), so nothing is downloaded and no folder has to be
 * found; each is read once and kept, as the series are immutable.
 * <ul>
 *   <li>sensor network: the rows of one mote, its {@code humidity} column and its {@code label} column;</li>
 *   <li>electrocardiogram: ADC units to millivolts, mV = (v − 1024) / 200, averaged over blocks of 4 samples
 *       (360 Hz to 90 Hz);</li>
 *   <li>births, sunspots, CO₂: one column, read as the csv task reads a file (CO₂'s 59 empty weeks filled in by
 *       linear interpolation, which its notes say).</li>
 * </ul>
 */
public final class RealDataSets {
    /** Where the build puts the data files on the class path. */
    static final String FOLDER = "/org/gatelab/data/";
    /** The electrocardiogram's samples averaged into one value. */
    public static final int ECG_BLOCK = 4;
    /** The electrocardiogram's sampling rate in the file, Hz. */
    public static final int ECG_RATE = 360;

    private static final Map<RealDataSet, RealSeries> CACHE = new ConcurrentHashMap<>();

    private RealDataSets() {
    }

    /** The recording with the task's defaults. */
    public static RealTask task(RealDataSet set) throws IOException {
        try {
            return RealTask.of(series(set));
        } catch (IllegalArgumentException e) {
            throw new InputFileException(e.getMessage(), e);
        }
    }

    /** The recording (read once, then kept). */
    public static RealSeries series(RealDataSet set) throws IOException {
        RealSeries s = CACHE.get(set);
        if (s == null) {
            s = read(set);
            CACHE.putIfAbsent(set, s);
        }
        return s;
    }

    private static RealSeries read(RealDataSet set) throws IOException {
        RealDataInfo info = RealDataInfo.of(set);
        return switch (set) {
            case SENSORS_INDOOR -> sensors(info, 1);
            case SENSORS_OUTDOOR -> sensors(info, 4);
            case ECG -> ecg(info);
            case BIRTHS -> column(info, "births", TimeAxis.days(LocalDate.of(2000, 1, 1), 1));
            case SUNSPOTS -> column(info, "SUNACTIVITY", new TimeAxis(TimeAxis.Unit.YEARS, 1700, 1));
            case CO2 -> column(info, "co2", TimeAxis.days(LocalDate.of(1958, 3, 29), 7));
        };
    }

    private static BufferedReader open(String file) throws IOException {
        InputStream in = RealDataSets.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new InputFileException(file + ": not in this build of GateLab (the build copies assets/data/"
                    + file + " onto the class path)");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
    }

    private static RealSeries column(RealDataInfo info, String column, TimeAxis time) throws IOException {
        CsvSeries s;
        try (BufferedReader in = open(info.file())) {
            s = CsvSeriesReader.parse(in, info.file(), column, CsvSeries.MAX_ROWS);
        }
        List<String> notes = new ArrayList<>(s.notes());
        return new RealSeries(info.set(), s.values(), null, time, notes);
    }

    private static RealSeries ecg(RealDataInfo info) throws IOException {
        CsvSeries s;
        try (BufferedReader in = open(info.file())) {
            s = CsvSeriesReader.parse(in, info.file(), "mlii_adc", CsvSeries.MAX_ROWS);
        }
        int n = s.size() / ECG_BLOCK;
        double[] mv = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = 0; k < ECG_BLOCK; k++) {
                sum += (s.value(i * ECG_BLOCK + k) - 1024) / 200.0;
            }
            mv[i] = sum / ECG_BLOCK;
        }
        String note = String.format(Locale.ROOT, "%s: %,d samples at %d Hz, converted to millivolts "
                + "(mV = (v − 1024) / 200) and averaged over blocks of %d: %,d values at %d Hz", info.file(), s.size(),
                ECG_RATE, ECG_BLOCK, n, ECG_RATE / ECG_BLOCK);
        return new RealSeries(info.set(), mv, null, new TimeAxis(TimeAxis.Unit.SECONDS, 0,
                (double) ECG_BLOCK / ECG_RATE), List.of(note));
    }

    /** One mote's humidity and labels; the file is sorted by mote, then reading. */
    private static RealSeries sensors(RealDataInfo info, int mote) throws IOException {
        double[] values = new double[8192];
        boolean[] labels = new boolean[8192];
        int n = 0;
        try (BufferedReader in = open(info.file())) {
            String header = in.readLine();
            List<String> head = header == null ? List.of() : CsvText.split(header, ',');
            int moteCol = head.indexOf("mote_id");
            int humidity = head.indexOf("humidity");
            int label = head.indexOf("label");
            int reading = head.indexOf("reading");
            if (moteCol < 0 || humidity < 0 || label < 0 || reading < 0) {
                throw new InputFileException(info.file() + ":1: expected the columns reading, mote_id, humidity and "
                        + "label, found " + head);
            }
            String line;
            int lineNo = 1;
            int last = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                List<String> cells = CsvText.split(line, ',');
                Double m = cells.size() > moteCol ? CsvText.number(cells.get(moteCol), ',') : null;
                if (m == null || m != mote) {
                    continue;
                }
                Double h = cells.size() > humidity ? CsvText.number(cells.get(humidity), ',') : null;
                Double l = cells.size() > label ? CsvText.number(cells.get(label), ',') : null;
                Double r = cells.size() > reading ? CsvText.number(cells.get(reading), ',') : null;
                if (h == null || l == null || r == null || r != last + 1) {
                    throw new InputFileException(info.file() + ":" + lineNo + ": expected reading " + (last + 1)
                            + " of mote " + mote + " with a humidity and a label");
                }
                last++;
                if (n == values.length) {
                    values = Arrays.copyOf(values, 2 * n);
                    labels = Arrays.copyOf(labels, 2 * n);
                }
                values[n] = h;
                labels[n] = l == 1;
                n++;
            }
        }
        int labelled = 0;
        for (int i = 0; i < n; i++) {
            labelled += labels[i] ? 1 : 0;
        }
        String note = String.format(Locale.ROOT, "%s: the %,d readings of mote %d (column \"humidity\"), %d of them "
                + "labelled as an introduced event", info.file(), n, mote, labelled);
        return new RealSeries(info.set(), Arrays.copyOf(values, n), Arrays.copyOf(labels, n),
                new TimeAxis(TimeAxis.Unit.SECONDS, 0, 5), List.of(note));
    }
}
