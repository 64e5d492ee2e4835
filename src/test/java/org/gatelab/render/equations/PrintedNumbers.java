package org.gatelab.render.equations;

import java.util.ArrayList;
import java.util.List;

/** Test helper: the numbers an equation prints, parsed back from their runs. */
final class PrintedNumbers {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private PrintedNumbers() {
    }

    /** The numbers of a stage's NUMBER and RESULT runs, in order. */
    static List<Double> of(List<Run> runs) {
        List<Double> out = new ArrayList<>();
        for (Run r : runs) {
            if (r.style() == RunStyle.NUMBER || r.style() == RunStyle.RESULT) {
                out.add(parse(r.text()));
            }
        }
        return out;
    }

    /** Parses {@code 0.577}, {@code (−0.120)}, {@code 2.31×10⁻⁵}. */
    static double parse(String text) {
        String s = text.replace("(", "").replace(")", "").replace('\u2212', '-');
        int times = s.indexOf("×10");
        if (times < 0) {
            return Double.parseDouble(s);
        }
        double mantissa = Double.parseDouble(s.substring(0, times));
        String exp = s.substring(times + 3);
        int sign = 1;
        int e = 0;
        for (char c : exp.toCharArray()) {
            if (c == '⁻') {
                sign = -1;
            } else {
                e = e * 10 + SUPERSCRIPTS.indexOf(c);
            }
        }
        return mantissa * Math.pow(10, sign * e);
    }

    /** Half a unit of the last printed digit: the most rounding can have moved the printed value. */
    static double halfUlp(String text) {
        double v = Math.abs(parse(text));
        if (text.contains("×10")) {
            return v == 0 ? 0 : 0.005 * Math.pow(10, Math.floor(Math.log10(v)));
        }
        return 0.0005;
    }
}
