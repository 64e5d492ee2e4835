package org.gatelab.viewmodel.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gatelab.io.ComparisonCsv;
import org.gatelab.training.ComparisonRow;

/**
 * What {@link CompareViewModel} shows of a comparison: the progress, the table's rows, the curves, the sweep and
 * how the run ended, published from a job's snapshots; and the CSV export of the rows. Owned by the model,
 * which hands out read-only views of these properties. FX thread only.
 */
final class CompareResults {
    final ReadOnlyObjectWrapper<CompareProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress",
            CompareProgress.IDLE);
    final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    final ObservableList<CompareRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    final ReadOnlyObjectWrapper<CompareCurves> curves = new ReadOnlyObjectWrapper<>(this, "curves",
            CompareCurves.EMPTY);
    final ReadOnlyObjectWrapper<CompareSweep> sweep = new ReadOnlyObjectWrapper<>(this, "sweep", CompareSweep.EMPTY);
    final ReadOnlyObjectWrapper<CompareSpread> spread = new ReadOnlyObjectWrapper<>(this, "spread",
            CompareSpread.EMPTY);
    final ReadOnlyObjectWrapper<CompareMode> mode = new ReadOnlyObjectWrapper<>(this, "resultMode");
    final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "resultTitle", "");
    final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper(this, "exportMessage", "");
    final ReadOnlyBooleanWrapper exportFailed = new ReadOnlyBooleanWrapper(this, "exportFailed");
    private List<ComparisonRow> engineRows = List.of();

    /** The engine's rows behind the table. */
    List<ComparisonRow> engineRows() {
        return engineRows;
    }

    /** Clears everything for a new run of {@code m} titled {@code t}. */
    void reset(CompareMode m, String t) {
        rows.clear();
        engineRows = List.of();
        curves.set(CompareCurves.EMPTY);
        sweep.set(CompareSweep.EMPTY);
        spread.set(CompareSpread.EMPTY);
        mode.set(m);
        title.set(t);
        status.set("");
        exportMessage.set("");
        exportFailed.set(false);
        progress.set(CompareProgress.IDLE);
    }

    /** Shows a snapshot of {@code job}: progress, new rows (and the sweep built from them), curves, outcome. */
    void publish(CompareJob.Snapshot s, CompareJob job) {
        progress.set(s.progress());
        if (s.rows().size() != engineRows.size()) {
            engineRows = s.rows();
            List<CompareRow> shown = new ArrayList<>();
            for (int i = 0; i < engineRows.size(); i++) {
                shown.add(CompareRow.of(engineRows.get(i), job.task(), job.config().layers(), s.seeds().get(i)));
            }
            rows.setAll(shown);
            if (job.sweep()) {
                sweep.set(CompareSweep.of(shown));
            }
            spread.set(CompareSpread.of(shown));
        }
        curves.set(s.curves());
        if (s.finished()) {
            status.set(outcome(s));
        }
    }

    private static String outcome(CompareJob.Snapshot s) {
        if (!s.error().isEmpty()) {
            return "Failed: " + s.error();
        }
        String time = duration(s.seconds());
        if (s.cancelled()) {
            return String.format(Locale.ROOT, "Cancelled after %s: %d of %d models finished.", time,
                    s.rows().size(), s.progress().runs());
        }
        long diverged = s.rows().stream().filter(ComparisonRow::diverged).count();
        return String.format(Locale.ROOT, "Done: %d models in %s.%s", s.rows().size(), time,
                diverged == 0 ? "" : " " + diverged + " diverged (see the status column).");
    }

    /** "4.3 s", "1 min 41 s". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? String.format(Locale.ROOT, "%.1f s", seconds)
                : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    /** Writes the engine's rows to {@code file} atomically; the message says what happened. */
    boolean exportCsv(Path file) {
        if (engineRows.isEmpty()) {
            return exported(false, "Nothing to export yet: run a comparison first.");
        }
        if (file == null) {
            return exported(false, "Choose a file to export to.");
        }
        try {
            ComparisonCsv.write(file, engineRows);
        } catch (IOException | RuntimeException e) {
            return exported(false, "Could not save the results: " + (e.getMessage() == null ? e.toString()
                    : e.getMessage()));
        }
        return exported(true, String.format(Locale.ROOT, "Saved %d row%s to %s", engineRows.size(),
                engineRows.size() == 1 ? "" : "s", file));
    }

    private boolean exported(boolean ok, String message) {
        exportFailed.set(!ok);
        exportMessage.set(message);
        return ok;
    }
}
