package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumericCsvTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path p = dir.resolve("x.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private InputFileException refused(String text) throws IOException {
        Path p = file(text);
        return assertThrows(InputFileException.class, () -> NumericCsv.read(p));
    }

    private static void assertMentions(Exception e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "\"" + p + "\" not in: " + e.getMessage());
        }
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void parsesRowsAndColumns() throws IOException {
        double[][] rows = NumericCsv.read(file("1,2.5,-3\n0.125, 1e-3 ,-0\n4,5,6e2\n"));
        assertEquals(3, rows.length);
        assertArrayEquals(new double[] {1, 2.5, -3}, rows[0], 0.0);
        assertArrayEquals(new double[] {0.125, 1e-3, -0.0}, rows[1], 0.0);
        assertArrayEquals(new double[] {4, 5, 600}, rows[2], 0.0);
    }

    @Test
    void valuesReadBackExactly() throws IOException {
        double[] values = {0.1, 1.0 / 3, Math.PI, -2.718281828459045, 1e-300, 6.02214076e23};
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append(Double.toString(v)).append('\n');
        }
        double[][] rows = NumericCsv.read(file(sb.toString()));
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(rows[i][0]));
        }
    }

    @Test
    void acceptsWindowsLineEndingsAndNoFinalNewline() throws IOException {
        double[][] rows = NumericCsv.read(file("1,2\r\n3,4"));
        assertEquals(2, rows.length);
        assertArrayEquals(new double[] {3, 4}, rows[1], 0.0);
    }

    @Test
    void skipsBlankLines() throws IOException {
        double[][] rows = NumericCsv.read(file("\n1,2\n\n   \n3,4\n\n"));
        assertEquals(2, rows.length);
        assertArrayEquals(new double[] {1, 2}, rows[0], 0.0);
        assertArrayEquals(new double[] {3, 4}, rows[1], 0.0);
    }

    @Test
    void lineNumbersCountBlankLines() throws IOException {
        // the bad row is on line 4 of the file, the third non-blank line
        assertMentions(refused("1,2\n\n3,4\n5,x\n"), "x.csv:4:");
    }

    @Test
    void toleratesAByteOrderMark() throws IOException {
        double[][] rows = NumericCsv.read(file("\uFEFF1.5,2\n3,4\n"));
        assertArrayEquals(new double[] {1.5, 2}, rows[0], 0.0);
        assertEquals(2, rows.length);
    }

    @Test
    void headerRowIsRefusedOnLineOne() throws IOException {
        InputFileException e = refused("time,value\n1,2\n");
        assertMentions(e, "x.csv:1:", "header", "time");
    }

    @Test
    void headerAfterABomIsStillLineOne() throws IOException {
        assertMentions(refused("\uFEFFa,b\n1,2\n"), "x.csv:1:", "header");
    }

    @Test
    void raggedRowNamesItsLine() throws IOException {
        InputFileException e = refused("1,2,3\n4,5,6\n7,8\n");
        assertMentions(e, "x.csv:3:", "2 columns", "line 1 has 3");
    }

    @Test
    void raggedRowWithMoreColumns() throws IOException {
        assertMentions(refused("1\n2,3\n"), "x.csv:2:", "2 columns");
    }

    @Test
    void emptyCellIsRefused() throws IOException {
        assertMentions(refused("1,2\n3,\n"), "x.csv:2:", "column 2", "empty");
        assertMentions(refused("1,2\n , 4\n"), "x.csv:2:", "column 1", "empty");
    }

    @Test
    void nonNumericTextNamesLineAndColumn() throws IOException {
        InputFileException e = refused("1,2\n3,abc\n");
        assertMentions(e, "x.csv:2:", "column 2", "abc", "not a number");
        assertTrue(!e.getMessage().contains("header"), "a header hint only on the first row: " + e.getMessage());
    }

    @Test
    void nanAndInfinityTextAreRefused() throws IOException {
        for (String bad : new String[] {"NaN", "Infinity", "-Infinity", "+Infinity", "nan", "inf"}) {
            InputFileException e = refused("1,2\n3," + bad + "\n");
            assertMentions(e, "x.csv:2:", "column 2");
        }
        assertMentions(refused("1,NaN\n"), "x.csv:1:", "NaN", "not a finite number");
    }

    @Test
    void overflowingNumberIsRefused() throws IOException {
        assertMentions(refused("1e999\n"), "x.csv:1:", "not a finite number");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertMentions(refused(""), "x.csv", "no rows");
        assertMentions(refused("\n\n  \n"), "x.csv", "no rows");
        assertMentions(refused("\uFEFF"), "x.csv", "no rows");
    }

    @Test
    void missingFileIsReportedWithoutAStackTrace() {
        Path p = dir.resolve("nope.csv");
        InputFileException e = assertThrows(InputFileException.class, () -> NumericCsv.read(p));
        assertMentions(e, "nope.csv", "no such file");
    }

    @Test
    void aDirectoryIsRefusedByName() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("data"));
        InputFileException e = assertThrows(InputFileException.class, () -> NumericCsv.read(sub));
        assertMentions(e, "data", "directory");
    }

    @Test
    void invalidUtf8IsRefused() throws IOException {
        Path p = dir.resolve("x.csv");
        Files.write(p, new byte[] {'1', ',', (byte) 0xC3, (byte) 0x28, '\n'});
        InputFileException e = assertThrows(InputFileException.class, () -> NumericCsv.read(p));
        assertMentions(e, "x.csv", "UTF-8");
    }
}
