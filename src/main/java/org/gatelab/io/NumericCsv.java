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

/**
 * Reads a headerless CSV of numbers: one row per line, comma-separated, the same number of columns in every
 * row. Blank lines are skipped. Problems are reported as {@code file:line: message}.
 */
public final class NumericCsv {
    /** Refuse files bigger than this before reading them. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private NumericCsv() {
    }

    /** The rows of the file, {@code rows[line][column]}. */
    public static double[][] read(Path path) throws IOException {
        String name = path.getFileName() == null || path.getFileName().toString().isEmpty()
                ? path.toAbsolutePath().toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            throw new InputFileException(name + ": is a directory, not a CSV file");
        }
        long size;
        try {
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new InputFileException(path + ": no such file");
        }
        if (size > MAX_BYTES) {
            throw new InputFileException(name + ": " + size + " bytes is more than the " + MAX_BYTES / (1024 * 1024)
                    + " MB a CSV may have");
        }
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(in, name);
        } catch (CharacterCodingException e) {
            throw new InputFileException(name + ": not a UTF-8 text file");
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFileException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses CSV text; {@code name} is used in messages. */
    public static double[][] parse(BufferedReader in, String name) throws IOException {
        List<double[]> rows = new ArrayList<>();
        int columns = -1;
        int firstRowLine = 0;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (columns < 0) {
                columns = cells.length;
                firstRowLine = lineNo;
            } else if (cells.length != columns) {
                throw new InputFileException(name + ":" + lineNo + ": " + cells.length + " columns, but line "
                        + firstRowLine + " has " + columns);
            }
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c].trim();
                if (cell.isEmpty()) {
                    throw new InputFileException(name + ":" + lineNo + ": column " + (c + 1) + " is empty");
                }
                try {
                    row[c] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    String shown = cell.length() > 40 ? cell.substring(0, 40) + "..." : cell;
                    throw new InputFileException(name + ":" + lineNo + ": column " + (c + 1) + ": \"" + shown
                            + "\" is not a number" + (rows.isEmpty() ? " (the file must have no header row)" : ""));
                }
                if (!Double.isFinite(row[c])) {
                    throw new InputFileException(name + ":" + lineNo + ": column " + (c + 1) + ": " + cell
                            + " is not a finite number");
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new InputFileException(name + ": the file has no rows");
        }
        return rows.toArray(new double[0][]);
    }
}
