package org.gatelab.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One numeric column of a CSV file, the data of the csv task: the values, where they came from, how the column
 * was chosen and what happened on the way (gaps filled, rows left out, uneven spacing), all said in
 * {@link #notes()} ({@code org.gatelab.io.CsvSeriesReader} reads a file into one). Immutable.
 */
public final class CsvSeries {
    /** Values read at most; a longer file is cut here, with a note. */
    public static final int MAX_ROWS = 2_000_000;

    /**
     * The rows of the column without a number.
     *
     * @param filled      missing values between two values, filled by linear interpolation
     * @param firstLine   the line of the first filled value (0 for none)
     * @param longest     the longest run of filled values, in rows
     * @param leading     rows at the start without a value, left out
     * @param trailing    rows at the end without a value, left out
     * @param words       cells holding text that is not a number nor a usual word for "missing" (counted among
     *                    the missing values)
     * @param firstWord   the first such cell, or empty
     * @param firstWordAt its line (0 for none)
     */
    public record Gaps(int filled, int firstLine, int longest, int leading, int trailing, int words, String firstWord,
                       int firstWordAt) {
        /** No gaps. */
        public static final Gaps NONE = new Gaps(0, 0, 0, 0, 0, 0, "", 0);

        /** Rows without a number, filled or left out. */
        public int missing() {
            return filled + leading + trailing;
        }
    }

    private final String source;
    private final String columnName;
    private final int column;
    private final boolean header;
    private final double[] values;
    private final Gaps gaps;
    private final String choice;
    private final String spacing;
    private final boolean truncated;
    private final int maxRows;

    /**
     * A series as read from a file ({@code org.gatelab.io.CsvSeriesReader} reads one).
     *
     * @param columnName the header name of the column, or "column N"
     * @param column     the 1-based column index
     * @param header     true when the first line was a header
     * @param values     the values, gaps filled
     * @param choice     how the column was chosen when the user named none (a sentence), or empty
     * @param spacing    a sentence on rows that are not evenly spaced in time, or empty
     * @param truncated  true when the file had more rows than {@code maxRows}
     */
    public CsvSeries(String source, String columnName, int column, boolean header, double[] values, Gaps gaps,
                     String choice, String spacing, boolean truncated, int maxRows) {
        this.source = source;
        this.columnName = columnName;
        this.column = column;
        this.header = header;
        this.values = values.clone();
        this.gaps = gaps == null ? Gaps.NONE : gaps;
        this.choice = choice == null ? "" : choice;
        this.spacing = spacing == null ? "" : spacing;
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
        return checked(new CsvSeries(source, "values", 1, false, values.clone(), Gaps.NONE, "", "", false, MAX_ROWS));
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

    /** Number of values (gaps filled, leading and trailing empty rows left out). */
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

    /** The rows without a number and what was done with them. */
    public Gaps gaps() {
        return gaps;
    }

    /** How the column was chosen when none was named, or empty. */
    public String choice() {
        return choice;
    }

    /** True when the file had more than the row limit and the rest was not read. */
    public boolean truncated() {
        return truncated;
    }

    /** What the user should be told: where the values came from, gaps, spacing, truncation. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%s: %,d values from %s%s", source, values.length,
                header ? "column \"" + columnName + "\"" : columnName, header ? " (below a header row)" : ""));
        if (!choice.isEmpty()) {
            notes.add(choice);
        }
        if (gaps.filled() > 0) {
            notes.add(String.format(Locale.ROOT, "%,d missing value%s filled in by linear interpolation between the "
                            + "values on either side (the first on line %d; the longest gap is %d row%s), so the "
                            + "series keeps its time steps", gaps.filled(), gaps.filled() == 1 ? "" : "s",
                    gaps.firstLine(), gaps.longest(), gaps.longest() == 1 ? "" : "s"));
        }
        if (gaps.leading() > 0 || gaps.trailing() > 0) {
            String start = rows(gaps.leading(), "at the start");
            String end = rows(gaps.trailing(), "at the end");
            notes.add("left out " + (start.isEmpty() ? end : end.isEmpty() ? start : start + " and " + end)
                    + (gaps.leading() + gaps.trailing() == 1 ? ", which has no value" : ", which have no value"));
        }
        if (gaps.words() > 0) {
            notes.add(String.format(Locale.ROOT, "%,d cell%s held text, not a number, and counted as missing (the "
                    + "first on line %d: \"%s\")", gaps.words(), gaps.words() == 1 ? "" : "s", gaps.firstWordAt(),
                    gaps.firstWord()));
        }
        if (!spacing.isEmpty()) {
            notes.add(spacing);
        }
        if (truncated) {
            notes.add(String.format(Locale.ROOT, "read the first %,d values; the rest of the file was not read "
                    + "(GateLab reads at most %,d rows)", values.length, maxRows));
        }
        return notes;
    }

    private static String rows(int n, String where) {
        return n == 0 ? "" : String.format(Locale.ROOT, "%,d row%s %s", n, n == 1 ? "" : "s", where);
    }
}
