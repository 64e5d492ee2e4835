package org.gatelab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.vocabulary.Range;

/** Reads typed values from block entries; every failure is a message naming the key and what is allowed. */
final class Values {
    private final String file;
    private final List<LessonProblem> problems;

    Values(String file, List<LessonProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void problem(BlockEntry e, String message) {
        problems.add(new LessonProblem(file, e.line(), message));
    }

    void problem(int line, String message) {
        problems.add(new LessonProblem(file, line, message));
    }

    String text(BlockEntry e) {
        if (e.list()) {
            problem(e, "\"" + e.key() + "\" must be a single value, not a list");
            return null;
        }
        if (e.value().isEmpty()) {
            problem(e, "\"" + e.key() + "\" has no value");
            return null;
        }
        return e.value();
    }

    /** A whole number in {@code range}. */
    Integer integer(BlockEntry e, Range range) {
        return integer(e, (long) range.min(), (long) range.max());
    }

    /** A number in {@code range}. */
    Double number(BlockEntry e, Range range) {
        return number(e, range.min(), range.max());
    }

    Integer integer(BlockEntry e, long min, long max) {
        Long v = longValue(e, min, max);
        return v == null ? null : (int) (long) v;
    }

    Long longValue(BlockEntry e, long min, long max) {
        String t = text(e);
        if (t == null) {
            return null;
        }
        try {
            long v = Long.parseLong(t.replace("_", ""));
            if (v < min || v > max) {
                problem(e, "\"" + e.key() + "\" must be between " + min + " and " + max + ", got " + t);
                return null;
            }
            return v;
        } catch (NumberFormatException ex) {
            problem(e, "\"" + e.key() + "\" must be a whole number, got \"" + BlockParser.shorten(t) + "\"");
            return null;
        }
    }

    Double number(BlockEntry e, double min, double max) {
        String t = text(e);
        if (t == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v) || v < min || v > max) {
                problem(e, "\"" + e.key() + "\" must be between " + fmt(min) + " and " + fmt(max) + ", got " + t);
                return null;
            }
            return v;
        } catch (NumberFormatException ex) {
            problem(e, "\"" + e.key() + "\" must be a number, got \"" + BlockParser.shorten(t) + "\"");
            return null;
        }
    }

    Boolean bool(BlockEntry e) {
        String t = text(e);
        if (t == null) {
            return null;
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> {
                return true;
            }
            case "false", "no", "off" -> {
                return false;
            }
            default -> {
                problem(e, "\"" + e.key() + "\" must be true or false, got \"" + BlockParser.shorten(t) + "\"");
                return null;
            }
        }
    }

    List<String> list(BlockEntry e) {
        if (e.list()) {
            return e.items();
        }
        if (e.value().isEmpty()) {
            return List.of();
        }
        List<String> one = new ArrayList<>();
        one.add(e.value());
        return one;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The closest of {@code known} to {@code word} if it is a likely typo, else null. */
    static String suggest(String word, Iterable<String> known) {
        return org.gatelab.tasks.Spelling.closest(word, known, Math.max(1, word.length() / 3));
    }
}
