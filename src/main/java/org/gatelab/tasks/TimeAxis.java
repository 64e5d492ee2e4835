package org.gatelab.tasks;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When each value of a recording was taken: value {@code i} is at {@code start + i · step} in the axis's unit.
 * Immutable.
 *
 * @param unit  what {@code start} and {@code step} count
 * @param start the first value's time (a day number since 1970-01-01 for {@link Unit#DAYS})
 * @param step  the time between two values
 */
public record TimeAxis(Unit unit, double start, double step) {
    /** The units a recording's time is counted in. */
    public enum Unit {
        SECONDS, DAYS, YEARS
    }

    public TimeAxis {
        if (unit == null || !Double.isFinite(start) || !(step > 0)) {
            throw new IllegalArgumentException("a time axis needs a unit, a start and a positive step");
        }
    }

    /** Daily or weekly values from a date. */
    public static TimeAxis days(LocalDate first, int stepDays) {
        return new TimeAxis(Unit.DAYS, first.toEpochDay(), stepDays);
    }

    /** The time of value {@code i} in words: "12.3 s", "1 h 05 min 20 s", "2012-03-04", "1957". */
    public String at(int i) {
        double t = start + i * step;
        return switch (unit) {
            case DAYS -> LocalDate.ofEpochDay(Math.round(t)).toString();
            case YEARS -> String.format(Locale.ROOT, "%d", Math.round(t));
            case SECONDS -> t < 600 ? String.format(Locale.ROOT, "%.1f s", t)
                    : String.format(Locale.ROOT, "%d h %02d min %02d s", (long) t / 3600, (long) t / 60 % 60,
                    (long) t % 60);
        };
    }
}
