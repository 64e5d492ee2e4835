package org.gatelab.viewmodel.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gatelab.io.InputFileException;
import org.gatelab.tasks.CsvSeries;
import org.gatelab.tasks.CsvTask;

/** Reads the csv task's series from a file chosen in the lab. */
final class CsvSeriesLoader {
    private CsvSeriesLoader() {
    }

    /** The csv task with the lab's defaults for one column of {@code file}. */
    static CsvTask load(Path file, String column) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new InputFileException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(name + ": not a regular file");
        }
        CsvSeries series = CsvSeries.read(file, column == null || column.isBlank() ? null : column.trim());
        try {
            return CsvTask.of(series);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(e.getMessage(), e);
        }
    }

    /** E.g. "Read 1,234 values from prices.csv, column close." (the data's notes say what was skipped). */
    static String describe(CsvTask task) {
        CsvSeries s = task.series();
        return String.format(Locale.ROOT, "Read %,d values from %s, column %s%s.", s.size(), s.source(),
                s.columnName(), s.skippedRows() > 0 ? String.format(Locale.ROOT, " (%,d rows skipped)",
                        s.skippedRows()) : "");
    }
}
