package org.gatelab.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gatelab.tasks.CsvSeries;

/**
 * Streams the data rows of one column into a growing array, keeping every row's place in time: a row without a
 * number is a gap, filled by linear interpolation between the values on either side when the column ends;
 * gaps before the first value or after the last one are left out. When a column holds dates or a counter, it
 * also counts the rows whose step differs from the first rows' step.
 */
final class CsvGapFiller {
    private final char sep;
    private final int col;
    private final int maxRows;
    private final int index;
    private final boolean indexDates;
    private final long indexStep;
    private final String indexName;
    private double[] values = new double[1024];
    private int rows;
    private int numbers;
    private int firstEmptyLine;
    private String firstEmptyText;
    private int firstGapLine;
    private int words;
    private String firstWord = "";
    private int firstWordAt;
    private long lastIndex = Long.MIN_VALUE;
    private int stepped;
    private int uneven;
    private int firstUnevenLine;

    /**
     * @param index      the 0-based column of dates or a counter, or -1
     * @param indexDates true when it holds YYYYMMDD dates
     * @param indexStep  its step in the first rows (days for dates)
     * @param indexName  its name, for the note
     */
    CsvGapFiller(char sep, int col, int maxRows, int index, boolean indexDates, long indexStep, String indexName) {
        this.sep = sep;
        this.col = col;
        this.maxRows = maxRows;
        this.index = index;
        this.indexDates = indexDates;
        this.indexStep = indexStep;
        this.indexName = indexName;
    }

    void accept(String line, int lineNo) {
        List<String> cells = CsvText.split(line, sep);
        String cell = col < cells.size() ? cells.get(col) : "";
        Double v = CsvText.number(cell, sep);
        if (rows == values.length) {
            values = Arrays.copyOf(values, (int) Math.min((long) values.length * 2, maxRows));
        }
        if (v == null) {
            values[rows] = Double.NaN;
            if (firstEmptyLine == 0) {
                firstEmptyLine = lineNo;
                firstEmptyText = cell;
            }
            if (numbers > 0 && firstGapLine == 0) {
                firstGapLine = lineNo;
            }
            if (!CsvText.missing(cell)) {
                if (words++ == 0) {
                    firstWord = CsvText.shorten(cell);
                    firstWordAt = lineNo;
                }
            }
        } else {
            values[rows] = v;
            numbers++;
        }
        rows++;
        step(cells, lineNo);
    }

    private void step(List<String> cells, int lineNo) {
        if (index < 0 || index >= cells.size()) {
            return;
        }
        Double v = CsvText.number(cells.get(index), sep);
        long now = v == null ? Long.MIN_VALUE : indexDates ? CsvColumns.days(v)
                : v == Math.rint(v) && Math.abs(v) < 1e15 ? (long) (double) v : Long.MIN_VALUE;
        if (now == Long.MIN_VALUE) {
            lastIndex = Long.MIN_VALUE;
            return;
        }
        if (lastIndex != Long.MIN_VALUE) {
            stepped++;
            if (now - lastIndex != indexStep && uneven++ == 0) {
                firstUnevenLine = lineNo;
            }
        }
        lastIndex = now;
    }

    boolean full() {
        return rows >= maxRows;
    }

    /** Data rows read. */
    int rows() {
        return rows;
    }

    /** Rows with a number. */
    int numbers() {
        return numbers;
    }

    int firstEmptyLine() {
        return firstEmptyLine;
    }

    String firstEmptyText() {
        return firstEmptyText == null ? "" : firstEmptyText;
    }

    /** The values from the first number to the last, the gaps between them filled linearly. */
    double[] values() {
        int from = 0;
        while (from < rows && Double.isNaN(values[from])) {
            from++;
        }
        int to = rows;
        while (to > from && Double.isNaN(values[to - 1])) {
            to--;
        }
        double[] out = Arrays.copyOfRange(values, from, to);
        int i = 0;
        while (i < out.length) {
            if (!Double.isNaN(out[i])) {
                i++;
                continue;
            }
            int end = i;
            while (Double.isNaN(out[end])) {
                end++;
            }
            // x_k = a + (b - a) (k - i + 1) / (run + 1) for the run of missing values between a and b
            double a = out[i - 1];
            double b = out[end];
            int run = end - i;
            for (int k = i; k < end; k++) {
                out[k] = a + (b - a) * (k - i + 1) / (run + 1);
            }
            i = end;
        }
        return out;
    }

    /** What became of the rows without a number. */
    CsvSeries.Gaps gaps() {
        int leading = 0;
        while (leading < rows && Double.isNaN(values[leading])) {
            leading++;
        }
        int trailing = 0;
        while (trailing < rows - leading && Double.isNaN(values[rows - 1 - trailing])) {
            trailing++;
        }
        int filled = 0;
        int longest = 0;
        int run = 0;
        for (int i = leading; i < rows - trailing; i++) {
            if (Double.isNaN(values[i])) {
                filled++;
                run++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        return new CsvSeries.Gaps(filled, filled == 0 ? 0 : firstGapLine, longest, leading, trailing, words,
                firstWord, firstWordAt);
    }

    /** A sentence on rows that are not evenly spaced, or empty. */
    String spacing() {
        if (uneven == 0) {
            return "";
        }
        String unit = indexDates ? (indexStep == 1 ? " day" : " days") : "";
        return String.format(Locale.ROOT, "rows are not evenly spaced: %s steps by %d%s between most rows, but not "
                        + "on %,d of %,d (the first on line %d); the model sees consecutive rows as consecutive "
                        + "steps", indexName.startsWith("column") ? indexName : "\"" + indexName + "\"", indexStep,
                unit, uneven, stepped, firstUnevenLine);
    }
}
