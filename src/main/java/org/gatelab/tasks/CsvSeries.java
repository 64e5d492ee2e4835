package org.gatelab.tasks;

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

/**
 * One numeric column of a CSV file, read line by line (so large files are fine up to {@link #MAX_ROWS} values;
 * the rest is left unread and a note says so). Immutable.
 *
 * <ul>
 *   <li>The separator is the one of {@code , ; TAB} that the first line uses most; fields may be quoted
 *       ({@code "a, b"}). With {@code ;} or TAB, a decimal comma ({@code 1,5}) is read as 1.5.</li>
 *   <li>The column is chosen by 1-based index ({@code "2"}), by header name ({@code "price"}, any case), or,
 *       if none is given, as the first column holding a number in the first data row.</li>
 *   <li>The first line is a header when the chosen column's cell there is not a number (with no column given:
 *       when some column has a word on the first line and a number on the second).</li>
 *   <li>Rows whose cell is empty or not a number are skipped and counted ({@link #notes()} says so); a column
 *       with no number at all is refused with {@code file:line:column} of its first cell.</li>
 * </ul>
 */
public final class CsvSeries {
    /** Values read at most; a longer file is cut here, with a note. */
    public static final int MAX_ROWS = 2_000_000;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String source;
    private final String columnName;
    private final int column;
    private final boolean header;
    private final double[] values;
    private final int skipped;
    private final int firstSkippedLine;
    private final boolean truncated;
    private final int maxRows;

    private CsvSeries(String source, String columnName, int column, boolean header, double[] values, int skipped,
                      int firstSkippedLine, boolean truncated, int maxRows) {
        this.source = source;
        this.columnName = columnName;
        this.column = column;
        this.header = header;
        this.values = values;
        this.skipped = skipped;
        this.firstSkippedLine = firstSkippedLine;
        this.truncated = truncated;
        this.maxRows = maxRows;
    }

    /** A series from values in memory (no file); {@code source} names it in messages. */
    public static CsvSeries of(String source, double... values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(source + ": value " + (i + 1) + " is not a finite number");
            }
        }
        return checked(new CsvSeries(source, "values", 1, false, values.clone(), 0, 0, false, MAX_ROWS));
    }

    /**
     * Reads one column of {@code path}.
     *
     * @param column a 1-based index, a header name, or null for the first numeric column
     */
    public static CsvSeries read(Path path, String column) throws IOException {
        return read(path, column, MAX_ROWS);
    }

    /** As {@link #read(Path, String)}, keeping at most {@code maxRows} values. */
    public static CsvSeries read(Path path, String column, int maxRows) throws IOException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            throw new SeriesFileException(name + ": is a directory, not a CSV file");
        }
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(in, name, column, maxRows);
        } catch (NoSuchFileException e) {
            throw new SeriesFileException(path + ": no such file");
        } catch (CharacterCodingException e) {
            throw new SeriesFileException(name + ": not a UTF-8 text file");
        } catch (SeriesFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SeriesFileException(name + ": cannot read: " + e.getMessage(), e);
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
            throw new SeriesFileException(source + ": the file is empty");
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
                throw new SeriesFileException(source + ":" + at + ": no column holds a number on this line "
                        + "(choose the column by name or number)");
            }
        } else if (wanted.chars().allMatch(Character::isDigit)) {
            col = Integer.parseInt(wanted.length() > 9 ? "999999999" : wanted) - 1;
            if (col < 0 || col >= head.size()) {
                throw new SeriesFileException(source + ":" + firstLine + ": no column " + wanted + " (the line has "
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
                throw new SeriesFileException(source + ":" + firstLine + ": no column named \"" + wanted
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
                throw new SeriesFileException(source + ": no data rows" + (header ? " below the header" : ""));
            }
            throw new SeriesFileException(source + ":" + reader.firstSkippedLine + ":" + (col + 1) + ": column \""
                    + name + "\" has no numbers (the first cell is \"" + shorten(reader.firstSkippedText) + "\")");
        }
        if (reader.count < 2) {
            throw new SeriesFileException(source + ": only one value in " + (header ? "column \"" + name + "\"" : name)
                    + "; a series needs at least 2, and a few more than the window");
        }
        return new CsvSeries(source, name, col + 1, header, Arrays.copyOf(reader.values, reader.count),
                reader.skipped, reader.firstSkippedLine, truncated, maxRows);
    }

    private static CsvSeries checked(CsvSeries s) {
        if (s.values.length < 2) {
            throw new IllegalArgumentException(s.source + ": only " + s.values.length + " value in " + s.columnName
                    + "; a series needs at least 2, and a few more than the window");
        }
        return s;
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

    /** The file's name, as used in messages. */
    public String source() {
        return source;
    }

    /** The header name of the column, or "column N" without a header. */
    public String columnName() {
        return columnName;
    }

    /** The 1-based column index. */
    public int column() {
        return column;
    }

    /** True when the first line was taken as a header. */
    public boolean hasHeader() {
        return header;
    }

    /** Number of values read. */
    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    /** Rows skipped because the cell was empty or not a number. */
    public int skippedRows() {
        return skipped;
    }

    /** True when the file had more than the row limit and the rest was not read. */
    public boolean truncated() {
        return truncated;
    }

    /** What the user should be told, e.g. "skipped 3 rows with missing values (the first on line 17)". */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%s: %,d values from %s%s", source, values.length,
                header ? "column \"" + columnName + "\"" : columnName, header ? " (below a header row)" : ""));
        if (skipped > 0) {
            notes.add(String.format(Locale.ROOT, "skipped %d row%s with missing values (the first on line %d)",
                    skipped, skipped == 1 ? "" : "s", firstSkippedLine));
        }
        if (truncated) {
            notes.add(String.format(Locale.ROOT, "read the first %,d values; the rest of the file was not read "
                    + "(GateLab reads at most %,d rows)", values.length, maxRows));
        }
        return notes;
    }
}
