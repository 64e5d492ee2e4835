package org.gatelab.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a CSV file is the series when the user names none. Real files often start with time: a year,
 * a date written as {@code 19580329}, a reading number, a row index. Taking the first numeric column then
 * "forecasts" the calendar, so columns that look like time or an index are passed over:
 * <ul>
 *   <li>dates: every value in the first rows is a calendar date written {@code YYYYMMDD}, increasing;</li>
 *   <li>counters: whole numbers that rise by the same step in the first rows (1700, 1701, ...; 1, 2, 3, ...);</li>
 *   <li>time words: a header such as {@code year}, {@code date_of_month}, {@code day_of_week} or {@code mote_id};</li>
 *   <li>constants: the same value on each of the first rows (a flag such as {@code indoor}).</li>
 * </ul>
 * The first numeric column that is none of these is the series, and the choice is stated in words. A file whose
 * only numeric column looks like time is read from that column, as before.
 */
final class CsvColumns {
    /** Data rows inspected. */
    static final int LOOK_AHEAD = 50;
    /** A column is a constant only if at least this many rows agree. */
    static final int CONSTANT_ROWS = 10;

    private static final Set<String> TIME_WORDS = Set.of("year", "years", "yr", "month", "months", "week", "weeks",
            "day", "days", "date", "dates", "time", "timestamp", "hour", "hours", "minute", "minutes", "second",
            "seconds", "index", "idx", "id");

    private CsvColumns() {
    }

    /** What a numeric column looks like. */
    enum Role {
        VALUE, DATE, COUNTER, TIME_NAME, CONSTANT
    }

    /**
     * The column chosen.
     *
     * @param column     0-based
     * @param why        a sentence on the columns passed over, or empty when the first numeric column was taken
     * @param index      the 0-based column holding dates or a counter, whose steps tell whether the rows are
     *                   evenly spaced; -1 for none
     * @param indexDates true when {@code index} holds {@code YYYYMMDD} dates
     * @param indexStep  the step of the index in its first rows (days for dates)
     */
    record Choice(int column, String why, int index, boolean indexDates, long indexStep) {
    }

    /**
     * @param head   the first line's cells (the header when {@code header})
     * @param rows   the first data rows' cells (at most {@link #LOOK_AHEAD})
     * @return the choice, or null when no column holds a number in the first data row
     */
    static Choice choose(List<String> head, boolean header, List<List<String>> rows, char sep) {
        List<String> first = rows.isEmpty() ? List.of() : rows.get(0);
        List<Integer> numeric = new ArrayList<>();
        for (int c = 0; c < first.size(); c++) {
            if (CsvText.number(first.get(c), sep) != null) {
                numeric.add(c);
            }
        }
        if (numeric.isEmpty()) {
            return null;
        }
        List<String> passed = new ArrayList<>();
        int chosen = -1;
        int index = -1;
        boolean dates = false;
        long step = 0;
        for (int c : numeric) {
            List<Double> values = column(rows, c, sep);
            Role role = role(header && c < head.size() ? head.get(c) : "", values);
            if (index < 0 && (role == Role.DATE || role == Role.COUNTER)) {
                index = c;
                dates = role == Role.DATE;
                step = dates ? usualStep(values) : Math.round(values.get(1) - values.get(0));
                if (step <= 0) {
                    index = -1;
                }
            }
            if (role == Role.VALUE) {
                chosen = c;
                break;
            }
            passed.add(describe(name(head, header, c), role, values));
        }
        if (chosen < 0 || passed.isEmpty()) {
            return new Choice(chosen < 0 ? numeric.get(0) : chosen, "", index, dates, step);
        }
        String why = String.format(Locale.ROOT, "Column %s is the series: the first numeric column that is not "
                + "time or an index (%s). Name another column to use it.", name(head, header, chosen),
                String.join("; ", passed));
        return new Choice(chosen, why, index, dates, step);
    }

    private static String name(List<String> head, boolean header, int c) {
        return header && c < head.size() ? "\"" + head.get(c) + "\"" : String.valueOf(c + 1);
    }

    private static List<Double> column(List<List<String>> rows, int c, char sep) {
        List<Double> out = new ArrayList<>();
        for (List<String> row : rows) {
            Double v = c < row.size() ? CsvText.number(row.get(c), sep) : null;
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    static Role role(String headerName, List<Double> values) {
        if (values.size() >= 2 && values.stream().allMatch(v -> days(v) != Long.MIN_VALUE) && increasing(values)) {
            return Role.DATE;
        }
        if (values.size() >= 3 && values.stream().allMatch(v -> v == Math.rint(v) && Math.abs(v) < 1e15)) {
            double d = values.get(1) - values.get(0);
            boolean even = d > 0;
            for (int i = 2; i < values.size() && even; i++) {
                even = values.get(i) - values.get(i - 1) == d;
            }
            if (even) {
                return Role.COUNTER;
            }
        }
        for (String word : headerName.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (TIME_WORDS.contains(word)) {
                return Role.TIME_NAME;
            }
        }
        if (values.size() >= CONSTANT_ROWS && values.stream().allMatch(v -> v.equals(values.get(0)))) {
            return Role.CONSTANT;
        }
        return Role.VALUE;
    }

    private static boolean increasing(List<Double> values) {
        for (int i = 1; i < values.size(); i++) {
            if (!(values.get(i) > values.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The number of days between most consecutive dates in the first rows, or 0 when no step is shared by more
     * than half of them (monthly dates, say): then the rows' spacing is not checked.
     */
    private static long usualStep(List<Double> values) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 1; i < values.size(); i++) {
            counts.merge(days(values.get(i)) - days(values.get(i - 1)), 1, Integer::sum);
        }
        long best = 0;
        int most = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() < best) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return 2 * most > values.size() - 1 ? best : 0;
    }

    private static String describe(String name, Role role, List<Double> values) {
        return switch (role) {
            case DATE -> name + " holds dates";
            case COUNTER -> name + " counts up by " + plain(values.get(1) - values.get(0));
            case TIME_NAME -> name + " is named like time or an index";
            case CONSTANT -> String.format(Locale.ROOT, "%s is %s on each of the first %d rows", name,
                    plain(values.get(0)), values.size());
            case VALUE -> name;
        };
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** The day number of a date written as the whole number YYYYMMDD (years 1000 to 2999), or Long.MIN_VALUE. */
    static long days(double v) {
        if (v != Math.rint(v) || v < 10_000_101 || v > 29_991_231) {
            return Long.MIN_VALUE;
        }
        long n = (long) v;
        try {
            return LocalDate.of((int) (n / 10_000), (int) (n / 100 % 100), (int) (n % 100)).toEpochDay();
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }
}
