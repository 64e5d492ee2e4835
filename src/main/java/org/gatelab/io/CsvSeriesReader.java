package org.gatelab.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gatelab.tasks.CsvSeries;
import org.gatelab.tasks.CsvTask;

/**
 * Reads one numeric column of a CSV file into a {@link CsvSeries}, line by line (so large files are fine up to
 * {@link CsvSeries#MAX_ROWS} values; the rest is left unread and a note says so).
 *
 * <ul>
 *   <li>The separator is the one of {@code , ; TAB} that the first line uses most; fields may be quoted
 *       ({@code "a, b"}). With {@code ;} or TAB, a decimal comma ({@code 1,5}) is read as 1.5.</li>
 *   <li>The column is chosen by 1-based index ({@code "2"}), by header name ({@code "price"}, any case), or,
 *       if none is given, as the first column holding a number in the first data row.</li>
 *   <li>The first line is a header when the chosen column's cell there is not a number (with no column given:
 *       when some column has a word on the first line and a number on the second).</li>
 *   <li>Rows whose cell is empty or not a number are skipped and counted ({@link CsvSeries#notes()} says so); a
 *       column with no number at all is refused with {@code file:line:column} of its first cell.</li>
 * </ul>
 */
public final class CsvSeriesReader {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvSeriesReader() {
    }

    /**
     * Reads one column of {@code path}.
     *
     * @param column a 1-based index, a header name, or null for the first numeric column
     */
    public static CsvSeries read(Path path, String column) throws IOException {
        return read(path, column, CsvSeries.MAX_ROWS);
    }

    /** As {@link #read(Path, String)}, keeping at most {@code maxRows} values. */
    public static CsvSeries read(Path path, String column, int maxRows) throws IOException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            throw new InputFileException(name + ": is a directory, not a CSV file");
        }
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(in, name, column, maxRows);
        } catch (NoSuchFileException e) {
            throw new InputFileException(path + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InputFileException(name + ": not a UTF-8 text file");
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFileException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The csv task with the lab's defaults for one column of {@code file}.
     *
     * @param column a 1-based index, a header name, or null or blank for the first numeric column
     * @throws InputFileException when the file cannot be read or its series is too short for the task
     */
    public static CsvTask task(Path file, String column) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new InputFileException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(name + ": not a regular file");
        }
        CsvSeries series = read(file, column == null || column.isBlank() ? null : column.trim());
        try {
            return CsvTask.of(series);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(e.getMessage(), e);
        }
    }

    /** Parses CSV text; {@code source} names it in messages. */
    public static CsvSeries parse(BufferedReader in, String source, String column, int maxRows) throws IOException {
        if (maxRows < 2) {
            throw new IllegalArgumentException("the row limit must be at least 2, got " + maxRows);
        }
        // the first two non-blank lines decide the separator, the header and the column
        String first = null;
        int firstLine = 0;
        int lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                first = line;
                firstLine = lineNo;
                break;
            }
        }
        if (first == null) {
            throw new InputFileException(source + ": the file is empty");
        }
        char sep = separator(first);
        List<String> head = split(first, sep);
        String second = null;
        int secondLine = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (!line.isBlank()) {
                second = line;
                secondLine = lineNo;
                break;
            }
        }
        List<String> next = second == null ? List.of() : split(second, sep);

        int col;
        boolean header;
        String name;
        String wanted = column == null ? "" : column.trim();
        if (wanted.isEmpty()) {
            header = false;
            for (int c = 0; c < head.size(); c++) {
                if (parseNumber(head.get(c), sep) == null && !isMissing(head.get(c)) && c < next.size()
                        && parseNumber(next.get(c), sep) != null) {
                    header = true;
                    break;
                }
            }
            List<String> data = header ? next : head;
            col = -1;
            for (int c = 0; c < data.size(); c++) {
                if (parseNumber(data.get(c), sep) != null) {
                    col = c;
                    break;
                }
            }
            if (col < 0) {
                int at = header ? secondLine : firstLine;
                throw new InputFileException(source + ":" + at + ": no column holds a number on this line "
                        + "(choose the column by name or number)");
            }
        } else if (wanted.chars().allMatch(Character::isDigit)) {
            col = Integer.parseInt(wanted.length() > 9 ? "999999999" : wanted) - 1;
            if (col < 0 || col >= head.size()) {
                throw new InputFileException(source + ":" + firstLine + ": no column " + wanted + " (the line has "
                        + head.size() + " column" + (head.size() == 1 ? "" : "s") + ")");
            }
            String cell = head.get(col);
            header = parseNumber(cell, sep) == null && !isMissing(cell);
        } else {
            col = -1;
            for (int c = 0; c < head.size(); c++) {
                if (head.get(c).equalsIgnoreCase(wanted)) {
                    col = c;
                    break;
                }
            }
            if (col < 0) {
                throw new InputFileException(source + ":" + firstLine + ": no column named \"" + wanted
                        + "\" (the header has " + String.join(", ", head) + ")");
            }
            header = true;
        }
        name = header ? head.get(col) : "column " + (col + 1);

        Reader reader = new Reader(source, sep, col, maxRows);
        if (!header) {
            reader.accept(first, firstLine);
        }
        if (second != null) {
            reader.accept(second, secondLine);
        }
        while (!reader.full && (line = in.readLine()) != null) {
            lineNo++;
            if (!line.isBlank()) {
                reader.accept(line, lineNo);
            }
        }
        boolean truncated = false;
        if (reader.full) {
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    truncated = true;
                    break;
                }
            }
        }
        if (reader.count == 0) {
            if (reader.skipped == 0) {
                throw new InputFileException(source + ": no data rows" + (header ? " below the header" : ""));
            }
            throw new InputFileException(source + ":" + reader.firstSkippedLine + ":" + (col + 1) + ": column \""
                    + name + "\" has no numbers (the first cell is \"" + shorten(reader.firstSkippedText) + "\")");
        }
        if (reader.count < 2) {
            throw new InputFileException(source + ": only one value in " + (header ? "column \"" + name + "\"" : name)
                    + "; a series needs at least 2, and a few more than the window");
        }
        return new CsvSeries(source, name, col + 1, header, Arrays.copyOf(reader.values, reader.count),
                reader.skipped, reader.firstSkippedLine, truncated, maxRows);
    }

    /** Streams the data rows into a growing array. */
    private static final class Reader {
        final String source;
        final char sep;
        final int col;
        final int maxRows;
        double[] values = new double[1024];
        int count;
        int skipped;
        int firstSkippedLine;
        String firstSkippedText;
        boolean full;

        Reader(String source, char sep, int col, int maxRows) {
            this.source = source;
            this.sep = sep;
            this.col = col;
            this.maxRows = maxRows;
        }

        void accept(String line, int lineNo) {
            List<String> cells = split(line, sep);
            String cell = col < cells.size() ? cells.get(col) : "";
            Double v = parseNumber(cell, sep);
            if (v == null || !Double.isFinite(v)) {
                if (skipped++ == 0) {
                    firstSkippedLine = lineNo;
                    firstSkippedText = cell;
                }
                return;
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, (int) Math.min((long) values.length * 2, maxRows));
            }
            values[count++] = v;
            full = count >= maxRows;
        }
    }

    private static char separator(String line) {
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
    static Double parseNumber(String cell, char sep) {
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

    private static boolean isMissing(String cell) {
        String s = cell.trim().toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.equals("na") || s.equals("n/a") || s.equals("nan") || s.equals("null")
                || s.equals("-") || s.equals("?");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
