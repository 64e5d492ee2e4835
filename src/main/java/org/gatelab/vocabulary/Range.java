package org.gatelab.vocabulary;

/**
 * The values a numeric setting allows, from {@code min} to {@code max} (both included). It is defined once, beside
 * what validates the setting, and every surface derives from it: the check's message, a field's prompt and
 * tooltip, a slider's or a spinner's bounds.
 *
 * @param min     the smallest value allowed
 * @param max     the largest value allowed
 * @param whole   true for whole numbers
 * @param minNote what the smallest value means, e.g. {@code "off"} for a clip norm of 0; empty for nothing
 */
public record Range(double min, double max, boolean whole, String minNote) {

    public Range {
        if (!(min <= max)) {
            throw new IllegalArgumentException("a range from " + min + " to " + max);
        }
        minNote = minNote == null ? "" : minNote;
    }

    /** Whole numbers from {@code min} to {@code max}. */
    public static Range of(long min, long max) {
        return new Range(min, max, true, "");
    }

    /** Decimal numbers from {@code min} to {@code max}. */
    public static Range between(double min, double max) {
        return new Range(min, max, false, "");
    }

    /** This range with a word for what its smallest value means, e.g. {@code "off"}. */
    public Range withMinNote(String note) {
        return new Range(min, max, whole, note);
    }

    /** The smallest value as an {@code int} (for spinners). */
    public int minInt() {
        return (int) min;
    }

    /** The largest value as an {@code int} (for spinners). */
    public int maxInt() {
        return (int) max;
    }

    /** True when {@code v} is a number in the range (NaN is not). */
    public boolean contains(double v) {
        return v >= min && v <= max;
    }

    /**
     * {@code value}, if it is in the range.
     *
     * @param name the setting as the message names it, e.g. {@code "hidden size"}
     * @throws IllegalArgumentException "hidden size must be between 1 and 1024, got 0"
     */
    public int check(String name, int value) {
        check(name, (double) value, Long.toString(value));
        return value;
    }

    /** {@code value}, if it is in the range; see {@link #check(String, int)}. */
    public long check(String name, long value) {
        check(name, (double) value, Long.toString(value));
        return value;
    }

    /** {@code value}, if it is a number in the range; see {@link #check(String, int)}. */
    public double check(String name, double value) {
        check(name, value, NumberText.plain(value));
        return value;
    }

    private void check(String name, double value, String shown) {
        if (!contains(value)) {
            throw new IllegalArgumentException(name + " must be between " + bound(min) + minNoteText() + " and "
                    + bound(max) + ", got " + shown);
        }
    }

    /** The range in words for a field's prompt or a table, e.g. {@code "10 to 500"}, {@code "0 (off) to 1000000"}. */
    public String text() {
        return bound(min) + minNoteText() + " to " + bound(max);
    }

    private String minNoteText() {
        return minNote.isEmpty() ? "" : " (" + minNote + ")";
    }

    private static String bound(double v) {
        return NumberText.plain(v);
    }
}
