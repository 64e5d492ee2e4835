package org.gatelab.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The cells of a CSV line: the separator, quoting, numbers (with a decimal comma) and the words for "missing". */
final class CsvText {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvText() {
    }

    /** The one of {@code , ; TAB} that {@code line} uses most outside quotes (comma on a tie). */
    static char separator(String line) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += ch == ',' ? 1 : 0;
                semicolons += ch == ';' ? 1 : 0;
                tabs += ch == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** Splits one line at {@code sep} outside double quotes; cells are trimmed and unquoted. */
    static List<String> split(String line, char sep) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == sep) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    /** The number in a cell, or null if it holds none (NaN and infinities count as none). */
    static Double number(String cell, char sep) {
        String s = cell.trim();
        if (sep != ',' && s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        }
        if (s.isEmpty() || !NUMBER.matcher(s).matches()) {
            return null;
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? v : null;
    }

    /** True for an empty cell or a usual word for "no value" (NA, n/a, NaN, null, -, ?). */
    static boolean missing(String cell) {
        String s = cell.trim().toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.equals("na") || s.equals("n/a") || s.equals("nan") || s.equals("null")
                || s.equals("-") || s.equals("?");
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
