package org.gatelab.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gatelab.training.Comparison;
import org.gatelab.training.ComparisonRow;

/** Writes the rows of a cell comparison as CSV, atomically (see {@link Comparison#toCsv} for the columns). */
public final class ComparisonCsv {
    private ComparisonCsv() {
    }

    public static void write(Path target, List<ComparisonRow> rows) throws IOException {
        AtomicFiles.writeString(target, Comparison.toCsv(rows));
    }
}
