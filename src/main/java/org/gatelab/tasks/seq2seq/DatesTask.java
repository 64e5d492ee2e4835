package org.gatelab.tasks.seq2seq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.gatelab.tasks.Seeds;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * Convert a date to ISO 8601: "15 March 2024", "March 15, 2024", "15.03.2024", "03/15/2024", "15 Mar 24" or
 * "Friday, 15 March 2024" becomes "2024-03-15", one character per symbol. Dates are drawn uniformly from
 * 1 January 1950 to 31 December 2049 (so "24" in the short format is 2024 and "50" is 1950). The model must find
 * the day, the month (a name or a number) and the year wherever the format puts them, and ignore a weekday.
 *
 * @param format         one format, or null for every format mixed (each pair draws one)
 * @param trainSize      training pairs
 * @param validationSize validation pairs
 */
public record DatesTask(DateFormat format, int trainSize, int validationSize) implements Seq2SeqTask {
    static final LocalDate FIRST = LocalDate.of(1950, 1, 1);
    static final LocalDate LAST = LocalDate.of(2049, 12, 31);
    private static final Alphabet TARGET = Alphabet.of("0123456789-");
    private static final Alphabet SOURCE = sourceAlphabet(FIRST, LAST);

    public DatesTask {
        TrainingTask.SET_SIZE.check("training pairs", trainSize);
        TrainingTask.SET_SIZE.check("validation pairs", validationSize);
    }

    public static DatesTask defaults() {
        return new DatesTask(null, Seq2SeqDefaults.TRAIN_SIZE, Seq2SeqDefaults.VALIDATION_SIZE);
    }

    public DatesTask withSizes(int train, int validation) {
        return new DatesTask(format, train, validation);
    }

    /** Every character any format writes for a date in the range: digits, letters of the names, " ,./". */
    private static Alphabet sourceAlphabet(LocalDate first, LocalDate last) {
        TreeSet<Character> chars = new TreeSet<>();
        for (DateFormat f : DateFormat.values()) {
            // every month and weekday name appears within two years of dates
            for (LocalDate d = first; d.isBefore(first.plusYears(2)); d = d.plusDays(1)) {
                f.format(d).chars().forEach(c -> chars.add((char) c));
            }
        }
        StringBuilder sb = new StringBuilder();
        chars.forEach(sb::append);
        return Alphabet.of(sb.toString());
    }

    @Override
    public Seq2SeqTaskKind kind() {
        return Seq2SeqTaskKind.DATES;
    }

    @Override
    public String explanation() {
        return "Rewrite a date as year-month-day: \"15 March 2024\", \"03/15/2024\" or \"Friday, 15 March 2024\" "
                + "all become \"2024-03-15\", character by character. The day, the month and the year stand in a "
                + "different place in every format, and a month may be a name or a number: attention lets each "
                + "character written look for where its part of the date was.";
    }

    @Override
    public Alphabet sourceAlphabet() {
        return SOURCE;
    }

    @Override
    public Alphabet targetAlphabet() {
        return TARGET;
    }

    private List<DateFormat> formats() {
        return format == null ? List.of(DateFormat.values()) : List.of(format);
    }

    @Override
    public int minLength() {
        return formats().stream().mapToInt(f -> f.format(LocalDate.of(2001, 5, 1)).length()).min().orElseThrow();
    }

    @Override
    public int maxLength() {
        return formats().stream().mapToInt(f -> f.format(LocalDate.of(2000, 9, 27)).length()).max().orElseThrow();
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s, %d training / %d validation pairs",
                format == null ? "every format" : "format " + format.id(), trainSize, validationSize);
    }

    /** The ISO date of a source this task wrote. */
    @Override
    public int[] answer(int[] source) {
        String text = SOURCE.text(source);
        for (LocalDate d : candidates(text)) {
            return TARGET.encode(d.toString());
        }
        throw new IllegalArgumentException("\"" + text + "\" is no date this task writes");
    }

    private List<LocalDate> candidates(String text) {
        List<LocalDate> out = new ArrayList<>();
        for (DateFormat f : formats()) {
            for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
                if (f.format(d).equals(text)) {
                    out.add(d);
                    return out;
                }
            }
        }
        return out;
    }

    @Override
    public Seq2SeqData generate(long seed) {
        return new Seq2SeqData(this, pairs(Seeds.stream(seed, Seeds.TRAIN), trainSize),
                pairs(Seeds.stream(seed, Seeds.VALIDATION), validationSize), 1.0 / TARGET.size());
    }

    private SymbolPairs pairs(Random random, int count) {
        long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
        List<DateFormat> formats = formats();
        List<int[]> sources = new ArrayList<>(count);
        List<int[]> targets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate d = LocalDate.ofEpochDay(FIRST.toEpochDay() + (long) (random.nextDouble() * days));
            DateFormat f = formats.get(random.nextInt(formats.size()));
            sources.add(SOURCE.encode(f.format(d)));
            targets.add(TARGET.encode(d.toString()));
        }
        return new SymbolPairs(sources, targets);
    }
}
