package org.gatelab.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A learner's results as CSV, to hand in: one row per check, written atomically.
 * <pre>
 * lesson,check,question,first_answer,correct,attempts,skipped,seconds
 * 04-lstm,2.1,What will the forget gate of unit 0 be at t = 5?,0.5,true,1,false,12.4
 * </pre>
 * {@code check} is the step and the check within it, both from 1; {@code correct} says whether the first answer
 * was right (empty when the check was not answered); {@code seconds} is the time from opening the step to the first
 * answer or the skip (empty when unknown). Fields are quoted as RFC 4180 says when they hold a comma, a quote or a
 * line break.
 */
public final class ResultsCsv {
    /** The header line's fields. */
    public static final List<String> HEADER = List.of("lesson", "check", "question", "first_answer", "correct",
            "attempts", "skipped", "seconds");

    private ResultsCsv() {
    }

    /**
     * One check's results.
     *
     * @param step     the step, from 1
     * @param check    the check within the step, from 1
     * @param question the question as written (may be empty when the lesson is gone)
     * @param correct  whether the first answer was right; null when not answered
     * @param seconds  NaN when unknown
     */
    public record Row(String lesson, int step, int check, String question, String firstAnswer, Boolean correct,
                      int attempts, boolean skipped, double seconds) {
    }

    /** The CSV text of {@code rows}, with the header; lines end with CRLF as RFC 4180 says. */
    public static String text(List<Row> rows) {
        StringBuilder b = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (Row r : rows) {
            b.append(field(r.lesson())).append(',')
                    .append(r.step()).append('.').append(r.check()).append(',')
                    .append(field(r.question())).append(',')
                    .append(field(r.firstAnswer())).append(',')
                    .append(r.correct() == null ? "" : r.correct().toString()).append(',')
                    .append(r.attempts()).append(',')
                    .append(r.skipped()).append(',')
                    .append(Double.isFinite(r.seconds()) ? String.format(Locale.ROOT, "%.1f", r.seconds()) : "")
                    .append("\r\n");
        }
        return b.toString();
    }

    /** Writes the rows to {@code file} atomically. */
    public static void write(Path file, List<Row> rows) throws IOException {
        AtomicFiles.writeString(file, text(rows));
    }

    static String field(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replace("\r\n", "\n");
        if (flat.indexOf(',') < 0 && flat.indexOf('"') < 0 && flat.indexOf('\n') < 0 && flat.indexOf('\r') < 0) {
            return flat;
        }
        return '"' + flat.replace("\"", "\"\"") + '"';
    }
}
