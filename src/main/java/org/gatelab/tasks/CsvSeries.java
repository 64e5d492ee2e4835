package org.gatelab.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One numeric column of a CSV file, the data of the csv task: the values, where they came from and what was
 * skipped on the way ({@code org.gatelab.io.CsvSeriesReader} reads a file into one). Immutable.
 */
public final class CsvSeries {
    /** Values read at most; a longer file is cut here, with a note. */
    public static final int MAX_ROWS = 2_000_000;

    private final String source;
    private final String columnName;
    private final int column;
    private final boolean header;
    private final double[] values;
    private final int skipped;
    private final int firstSkippedLine;
    private final boolean truncated;
    private final int maxRows;

    /**
     * A series as read from a file ({@code org.gatelab.io.CsvSeriesReader} reads one).
     *
     * @param columnName       the header name of the column, or "column N"
     * @param column           the 1-based column index
     * @param header           true when the first line was a header
     * @param skipped          rows skipped because the cell was empty or not a number
     * @param firstSkippedLine the line of the first skipped row (0 for none)
     * @param truncated        true when the file had more rows than {@code maxRows}
     */
    public CsvSeries(String source, String columnName, int column, boolean header, double[] values, int skipped,
                      int firstSkippedLine, boolean truncated, int maxRows) {
        this.source = source;
        this.columnName = columnName;
        this.column = column;
        this.header = header;
        this.values = values.clone();
        this.skipped = skipped;
        this.firstSkippedLine = firstSkippedLine;
        this.truncated = truncated;
        this.maxRows = maxRows;
    }

    /** A series from values in memory (no file); {@code source} names it in messages. */
    public static CsvSeries of(String source, double... values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(source + ": value " + (i + 1) + " is not a finite number");
            }
        }
        return checked(new CsvSeries(source, "values", 1, false, values.clone(), 0, 0, false, MAX_ROWS));
    }

    static CsvSeries checked(CsvSeries s) {
        if (s.values.length < 2) {
            throw new IllegalArgumentException(s.source + ": only " + s.values.length + " value in " + s.columnName
                    + "; a series needs at least 2, and a few more than the window");
        }
        return s;
    }

    /** The file's name, as used in messages. */
    public String source() {
        return source;
    }

    /** The header name of the column, or "column N" without a header. */
    public String columnName() {
        return columnName;
    }

    /** The 1-based column index. */
    public int column() {
        return column;
    }

    /** True when the first line was taken as a header. */
    public boolean hasHeader() {
        return header;
    }

    /** Number of values read. */
    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    /** Rows skipped because the cell was empty or not a number. */
    public int skippedRows() {
        return skipped;
    }

    /** True when the file had more than the row limit and the rest was not read. */
    public boolean truncated() {
        return truncated;
    }

    /** What the user should be told, e.g. "skipped 3 rows with missing values (the first on line 17)". */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%s: %,d values from %s%s", source, values.length,
                header ? "column \"" + columnName + "\"" : columnName, header ? " (below a header row)" : ""));
        if (skipped > 0) {
            notes.add(String.format(Locale.ROOT, "skipped %d row%s with missing values (the first on line %d)",
                    skipped, skipped == 1 ? "" : "s", firstSkippedLine));
        }
        if (truncated) {
            notes.add(String.format(Locale.ROOT, "read the first %,d values; the rest of the file was not read "
                    + "(GateLab reads at most %,d rows)", values.length, maxRows));
        }
        return notes;
    }
}
