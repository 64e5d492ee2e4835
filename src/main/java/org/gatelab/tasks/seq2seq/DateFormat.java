package org.gatelab.tasks.seq2seq;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** The ways a {@link DatesTask} writes a date for the model to read, in English. */
public enum DateFormat {
    /** 15 March 2024. */
    LONG("long", "15 March 2024"),
    /** March 15, 2024. */
    AMERICAN("american", "March 15, 2024"),
    /** 15.03.2024. */
    DOTTED("dotted", "15.03.2024"),
    /** 03/15/2024. */
    SLASHED("slashed", "03/15/2024"),
    /** 15 Mar 24: the century from the range, 1950 to 2049. */
    SHORT("short", "15 Mar 24"),
    /** Friday, 15 March 2024: a weekday to ignore. */
    WEEKDAY("weekday", "Friday, 15 March 2024");

    private final String id;
    private final String example;

    DateFormat(String id, String example) {
        this.id = id;
        this.example = example;
    }

    public String id() {
        return id;
    }

    /** The format applied to 15 March 2024. */
    public String example() {
        return example;
    }

    public String format(LocalDate d) {
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (this) {
            case LONG -> d.getDayOfMonth() + " " + month + " " + d.getYear();
            case AMERICAN -> month + " " + d.getDayOfMonth() + ", " + d.getYear();
            case DOTTED -> String.format(Locale.ROOT, "%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(),
                    d.getYear());
            case SLASHED -> String.format(Locale.ROOT, "%02d/%02d/%04d", d.getMonthValue(), d.getDayOfMonth(),
                    d.getYear());
            case SHORT -> String.format(Locale.ROOT, "%d %s %02d", d.getDayOfMonth(),
                    d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), d.getYear() % 100);
            case WEEKDAY -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + LONG.format(d);
        };
    }

    public static DateFormat parse(String text) {
        for (DateFormat f : values()) {
            if (f.id.equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown date format \"" + text + "\" (expected long, american, dotted, "
                + "slashed, short or weekday)");
    }
}
