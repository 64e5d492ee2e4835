package org.gatelab.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 *       if none is given, as the first numeric column that does not look like time or an index
 *       ({@link CsvColumns}: a year, a {@code YYYYMMDD} date, a counter, a flag), saying which.</li>
 *   <li>The first line is a header when the chosen column's cell there is not a number (with no column given:
 *       when some column has a word on the first line and a number on the second).</li>
 *   <li>A row whose cell is empty or not a number keeps its place in time: between two values it is filled by
 *       linear interpolation, at the start or the end of the file it is left out; {@link CsvSeries#notes()} says
 *       how many and where. A column with no number at all is refused with {@code file:line:column} of its first
 *       cell.</li>
 *   <li>When a column holds dates or a counter, its steps tell whether the rows are evenly spaced; rows that are
 *       not are named in a note (the model sees consecutive rows as consecutive steps).</li>
 * </ul>
 */
public final class CsvSeriesReader {
    private CsvSeriesReader() {
    }

    /**
     * Reads one column of {@code path}.
     *
     * @param column a 1-based index, a header name, or null for the first column of values
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
     * @param column a 1-based index, a header name, or null or blank for the first column of values
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

    /** A non-blank line and its number. */
    private record Line(String text, int number) {
    }

    /** Parses CSV text; {@code source} names it in messages. */
    public static CsvSeries parse(BufferedReader in, String source, String column, int maxRows) throws IOException {
        if (maxRows < 2) {
            throw new IllegalArgumentException("the row limit must be at least 2, got " + maxRows);
        }
        // the first non-blank lines decide the separator, the header and the column
        int[] lineNo = {0};
        Line first = next(in, lineNo);
        if (first == null) {
            throw new InputFileException(source + ": the file is empty");
        }
        char sep = CsvText.separator(first.text());
        List<String> head = CsvText.split(first.text(), sep);
        List<Line> ahead = new ArrayList<>();
        Line l;
        while (ahead.size() < CsvColumns.LOOK_AHEAD + 1 && (l = next(in, lineNo)) != null) {
            ahead.add(l);
        }
        List<String> second = ahead.isEmpty() ? List.of() : CsvText.split(ahead.get(0).text(), sep);

        int col;
        boolean header;
        String choice = "";
        int index = -1;
        boolean indexDates = false;
        long indexStep = 0;
        String wanted = column == null ? "" : column.trim();
        if (wanted.isEmpty()) {
            header = false;
            for (int c = 0; c < head.size(); c++) {
                if (CsvText.number(head.get(c), sep) == null && !CsvText.missing(head.get(c)) && c < second.size()
                        && CsvText.number(second.get(c), sep) != null) {
                    header = true;
                    break;
                }
            }
            List<List<String>> rows = new ArrayList<>();
            if (!header) {
                rows.add(head);
            }
            for (Line a : ahead) {
                if (rows.size() < CsvColumns.LOOK_AHEAD) {
                    rows.add(CsvText.split(a.text(), sep));
                }
            }
            CsvColumns.Choice chosen = CsvColumns.choose(head, header, rows, sep);
            if (chosen == null) {
                int at = header ? ahead.get(0).number() : first.number();
                throw new InputFileException(source + ":" + at + ": no column holds a number on this line "
                        + "(choose the column by name or number)");
            }
            col = chosen.column();
            choice = chosen.why();
            index = chosen.index();
            indexDates = chosen.indexDates();
            indexStep = chosen.indexStep();
        } else if (wanted.chars().allMatch(Character::isDigit)) {
            col = Integer.parseInt(wanted.length() > 9 ? "999999999" : wanted) - 1;
            if (col < 0 || col >= head.size()) {
                throw new InputFileException(source + ":" + first.number() + ": no column " + wanted + " (the line "
                        + "has " + head.size() + " column" + (head.size() == 1 ? "" : "s") + ")");
            }
            String cell = head.get(col);
            header = CsvText.number(cell, sep) == null && !CsvText.missing(cell);
        } else {
            col = -1;
            for (int c = 0; c < head.size(); c++) {
                if (head.get(c).equalsIgnoreCase(wanted)) {
                    col = c;
                    break;
                }
            }
            if (col < 0) {
                throw new InputFileException(source + ":" + first.number() + ": no column named \"" + wanted
                        + "\" (the header has " + String.join(", ", head) + ")");
            }
            header = true;
        }
        // a data row may have more cells than the header: such a column has no name
        String name = header && col < head.size() ? head.get(col) : "column " + (col + 1);

        CsvGapFiller reader = new CsvGapFiller(sep, col, maxRows, index, indexDates, indexStep,
                header && index >= 0 && index < head.size() ? head.get(index) : "column " + (index + 1));
        if (!header) {
            reader.accept(first.text(), first.number());
        }
        boolean truncated = false;
        for (Line a : ahead) {
            if (reader.full()) {
                truncated = true;
                break;
            }
            reader.accept(a.text(), a.number());
        }
        while (!truncated && (l = next(in, lineNo)) != null) {
            if (reader.full()) {
                truncated = true;
                break;
            }
            reader.accept(l.text(), l.number());
        }
        if (reader.numbers() == 0) {
            if (reader.rows() == 0) {
                throw new InputFileException(source + ": no data rows" + (header ? " below the header" : ""));
            }
            throw new InputFileException(source + ":" + reader.firstEmptyLine() + ":" + (col + 1) + ": column \""
                    + name + "\" has no numbers (the first cell is \"" + CsvText.shorten(reader.firstEmptyText())
                    + "\")");
        }
        if (reader.numbers() < 2) {
            throw new InputFileException(source + ": only one value in " + (header ? "column \"" + name + "\"" : name)
                    + "; a series needs at least 2, and a few more than the window");
        }
        return new CsvSeries(source, name, col + 1, header, reader.values(), reader.gaps(), choice,
                reader.spacing(), truncated, maxRows);
    }

    /** The next non-blank line (a byte-order mark on the first line is dropped), or null at the end. */
    private static Line next(BufferedReader in, int[] lineNo) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNo[0]++;
            if (lineNo[0] == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                return new Line(line, lineNo[0]);
            }
        }
        return null;
    }

    /** Splits one line at {@code sep} outside double quotes; cells are trimmed and unquoted. */
    static List<String> split(String line, char sep) {
        return CsvText.split(line, sep);
    }
}
