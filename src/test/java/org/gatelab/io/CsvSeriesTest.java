package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatelab.tasks.CsvSeries;
import org.gatelab.tasks.CsvTask;
import org.gatelab.tasks.Normalization;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.WindowedSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSeriesTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aHeaderIsDetectedAndTheColumnChosenByName() throws IOException {
        Path p = file("prices.csv", "date,price,volume\n2020-01-01,10.5,3\n2020-01-02,11,4\n2020-01-03,9.25,5\n");
        CsvSeries s = CsvSeriesReader.read(p, "Price");
        assertTrue(s.hasHeader());
        assertEquals("price", s.columnName());
        assertEquals(2, s.column());
        assertArrayEquals(new double[] {10.5, 11, 9.25}, s.values());
        assertEquals(List.of("prices.csv: 3 values from column \"price\" (below a header row)"), s.notes());
        // by 1-based index, and by default the first numeric column
        assertArrayEquals(new double[] {3, 4, 5}, CsvSeriesReader.read(p, "3").values());
        assertArrayEquals(new double[] {10.5, 11, 9.25}, CsvSeriesReader.read(p, null).values());
    }

    @Test
    void withoutAHeaderEveryLineIsData() throws IOException {
        Path p = file("plain.csv", "1.5\n2\n-3e2\n\n4\n");
        CsvSeries s = CsvSeriesReader.read(p, null);
        assertFalse(s.hasHeader());
        assertEquals("column 1", s.columnName());
        assertArrayEquals(new double[] {1.5, 2, -300, 4}, s.values());
        // a headerless file whose first column is a date: the number column is found
        Path dated = file("dated.csv", "2020-01-01,7\n2020-01-02,8\n");
        assertArrayEquals(new double[] {7, 8}, CsvSeriesReader.read(dated, null).values());
        assertFalse(CsvSeriesReader.read(dated, null).hasHeader());
    }

    @Test
    void gapsKeepTheirPlaceInTimeAndAreFilledLinearly() throws IOException {
        Path p = file("gaps.csv", "t,x\n1,1.0\n2,\n3,NA\n4,4.0\n5,oops\n6,6.0\n");
        CsvSeries s = CsvSeriesReader.read(p, "x");
        // rows 2 and 3 lie between 1 and 4, row 5 between 4 and 6: a straight line through each gap
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, s.values(), 1e-12);
        assertEquals(3, s.gaps().filled());
        assertEquals(2, s.gaps().longest());
        assertEquals(1, s.gaps().words());
        assertTrue(s.notes().contains("3 missing values filled in by linear interpolation between the values on "
                + "either side (the first on line 3; the longest gap is 2 rows), so the series keeps its time steps"),
                s.notes().toString());
        assertTrue(s.notes().contains("1 cell held text, not a number, and counted as missing (the first on line "
                + "6: \"oops\")"), s.notes().toString());
        // at the start and the end there is nothing to interpolate between: those rows are left out, and said so
        CsvSeries ends = CsvSeriesReader.read(file("ends.csv", "x\n\n,\nNA\n2\n3\n-\n"), "x");
        assertArrayEquals(new double[] {2, 3}, ends.values(), 0.0);
        assertEquals(2, ends.gaps().leading());
        assertEquals(1, ends.gaps().trailing());
        assertTrue(ends.notes().contains("left out 2 rows at the start and 1 row at the end, which have no value"),
                ends.notes().toString());
    }

    @Test
    void withNoColumnNamedTimeAndIndexColumnsArePassedOverAndTheChoiceIsSaid() throws IOException {
        // a year counting up, then the values: the values are the series, not the calendar
        Path years = file("years.csv", "\"YEAR\",\"SUNACTIVITY\"\n1700,5\n1701,11\n1702,16\n1703,23\n");
        CsvSeries s = CsvSeriesReader.read(years, null);
        assertEquals("SUNACTIVITY", s.columnName());
        assertEquals("Column \"SUNACTIVITY\" is the series: the first numeric column that is not time or an index "
                + "(\"YEAR\" counts up by 1). Name another column to use it.", s.choice());
        assertTrue(s.notes().contains(s.choice()));
        // dates written as YYYYMMDD, a week apart; one week missing from the rows is named
        Path weeks = file("weeks.csv", "date,co2\n19580329,316.1\n19580405,317.3\n19580412,317.6\n"
                + "19580426,317.5\n19580503,316.4\n");
        CsvSeries w = CsvSeriesReader.read(weeks, null);
        assertEquals("co2", w.columnName());
        assertTrue(w.choice().contains("\"date\" holds dates"), w.choice());
        assertTrue(w.notes().contains("rows are not evenly spaced: \"date\" steps by 7 days between most rows, but "
                + "not on 1 of 4 (the first on line 5); the model sees consecutive rows as consecutive steps"),
                w.notes().toString());
        // names that say time, and a flag that never changes in the first rows
        StringBuilder flags = new StringBuilder("mote_id,indoor,humidity\n");
        for (int i = 0; i < 12; i++) {
            flags.append("1,1,").append(40 + i % 3).append('\n');
        }
        CsvSeries f = CsvSeriesReader.read(file("flags.csv", flags.toString()), null);
        assertEquals("humidity", f.columnName());
        assertTrue(f.choice().contains("\"mote_id\" is named like time or an index; \"indoor\" is 1 on each of the "
                + "first 12 rows"), f.choice());
        // a named column is taken as named, with nothing to explain; so is a lone counter
        assertEquals("", CsvSeriesReader.read(years, "YEAR").choice());
        assertEquals("column 1", CsvSeriesReader.read(file("count.csv", "1\n2\n3\n4\n"), null).columnName());
    }

    @Test
    void aColumnWithoutNumbersIsRefusedWithFileLineAndColumn() throws IOException {
        Path p = file("words.csv", "name,value\nalpha,1\nbeta,2\n");
        InputFileException e = assertThrows(InputFileException.class, () -> CsvSeriesReader.read(p, "name"));
        assertEquals("words.csv:2:1: column \"name\" has no numbers (the first cell is \"alpha\")", e.getMessage());
        e = assertThrows(InputFileException.class, () -> CsvSeriesReader.read(p, "1"));
        assertEquals("words.csv:2:1: column \"name\" has no numbers (the first cell is \"alpha\")", e.getMessage());
    }

    @Test
    void unknownColumnsAreNamed() throws IOException {
        Path p = file("two.csv", "a,b\n1,2\n3,4\n");
        InputFileException e = assertThrows(InputFileException.class, () -> CsvSeriesReader.read(p, "c"));
        assertEquals("two.csv:1: no column named \"c\" (the header has a, b)", e.getMessage());
        e = assertThrows(InputFileException.class, () -> CsvSeriesReader.read(p, "5"));
        assertEquals("two.csv:1: no column 5 (the line has 2 columns)", e.getMessage());
    }

    @Test
    void emptyTinyMissingAndBinaryFilesGetClearMessages() throws IOException {
        assertEquals("empty.csv: the file is empty",
                assertThrows(InputFileException.class, () -> CsvSeriesReader.read(file("empty.csv", "\n\n"), null))
                        .getMessage());
        assertEquals("one.csv: only one value in column 1; a series needs at least 2, and a few more than the window",
                assertThrows(InputFileException.class, () -> CsvSeriesReader.read(file("one.csv", "5\n"), null))
                        .getMessage());
        assertEquals("head.csv: no data rows below the header",
                assertThrows(InputFileException.class, () -> CsvSeriesReader.read(file("head.csv", "price\n"), "price"))
                        .getMessage());
        Path missing = dir.resolve("nope.csv");
        assertEquals(missing + ": no such file",
                assertThrows(InputFileException.class, () -> CsvSeriesReader.read(missing, null)).getMessage());
        assertEquals(dir.getFileName() + ": is a directory, not a CSV file",
                assertThrows(InputFileException.class, () -> CsvSeriesReader.read(dir, null)).getMessage());
        Path binary = dir.resolve("bin.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x31, 0x0a});
        assertEquals("bin.csv: not a UTF-8 text file",
                assertThrows(InputFileException.class, () -> CsvSeriesReader.read(binary, null)).getMessage());
    }

    @Test
    void tooFewValuesForAWindowAreExplained() throws IOException {
        CsvSeries s = CsvSeriesReader.read(file("short.csv", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CsvTask(s, 20, 0.8, 1));
        assertTrue(e.getMessage().startsWith("short.csv: 10 values are too few for a window of 20 with 80% for "
                + "training: at least 26 are needed"), e.getMessage());
        // the default window shrinks to fit a short series
        CsvTask t = CsvTask.of(s);
        assertTrue(t.window() < 8, "window " + t.window());
        assertTrue(t.generate(1).validation().size() >= 1);
    }

    @Test
    void semicolonsDecimalCommasQuotesAndABomAreRead() throws IOException {
        Path p = file("euro.csv", "\uFEFFDatum;Wert\n01.01.2020;1,5\n02.01.2020;\"2,25\"\n");
        CsvSeries s = CsvSeriesReader.read(p, "wert");
        assertArrayEquals(new double[] {1.5, 2.25}, s.values());
        Path q = file("quoted.csv", "\"name, full\",x\n\"a, b\",1\n\"c \"\"d\"\"\",2\n");
        assertArrayEquals(new double[] {1, 2}, CsvSeriesReader.read(q, "x").values());
        assertTrue(CsvSeriesReader.read(q, null).hasHeader());
        assertEquals("x", CsvSeriesReader.read(q, null).columnName());
        assertEquals("name, full", CsvSeriesReader.split("\"name, full\",x", ',').get(0));
    }

    @Test
    void longFilesAreCutAtTheRowLimitWithANote() throws IOException {
        StringBuilder sb = new StringBuilder("v\n");
        for (int i = 0; i < 50; i++) {
            sb.append(i).append('\n');
        }
        CsvSeries s = CsvSeriesReader.read(file("long.csv", sb.toString()), null, 20);
        assertEquals(20, s.size());
        assertTrue(s.truncated());
        assertTrue(s.notes().contains("read the first 20 values; the rest of the file was not read "
                + "(GateLab reads at most 20 rows)"), s.notes().toString());
        CsvSeries exact = CsvSeriesReader.read(file("exact.csv", "1\n2\n3\n"), null, 3);
        assertFalse(exact.truncated());
    }

    @Test
    void theCsvTaskNormalisesWithTheTrainingPartAndReportsIt() throws IOException {
        StringBuilder sb = new StringBuilder("x\n");
        for (int i = 0; i < 100; i++) {
            sb.append(10 + i % 7).append('\n');
        }
        CsvTask task = new CsvTask(CsvSeriesReader.read(file("s.csv", sb.toString()), null), 10, 0.8, 1);
        TaskData data = task.generate(1);
        assertEquals(70, data.train().size());
        assertEquals(20, data.validation().size());
        Normalization z = data.normalization();
        double mean = 0;
        for (int i = 0; i < 80; i++) {
            mean += 10 + i % 7;
        }
        assertEquals(mean / 80, z.mean(), 1e-12);
        assertTrue(data.notes().get(data.notes().size() - 1).startsWith("normalised with the training part's mean 12"));
        assertEquals(10 + 80 % 7, z.invert(((WindowedSeries) data.validation()).targetValue(0, 0)), 1e-9);
        assertTrue(task.explanation().contains("s.csv"));
        assertEquals(35, task.withStride(2).generate(1).train().size());
    }
}
