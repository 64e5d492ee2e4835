package org.gatelab.viewmodel.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gatelab.tasks.Baseline;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.viewmodel.TaskRunner;

/**
 * The chosen task's data for the chosen seed, made through the {@link TaskRunner} as soon as the settings
 * change (so the lab can state sizes, references and normalisation before training), and kept while task and
 * seed stay the same. Requests during a generation are coalesced: when it ends, the latest settings are made.
 */
final class TaskDataSource {
    /** What the data depends on. */
    record Key(TrainingTask task, long seed) {
    }

    private final TaskRunner runner;
    private final Supplier<Key> wanted;
    private final Runnable ready;
    private final BiConsumer<Key, Throwable> failed;
    private final ReadOnlyObjectWrapper<DataSummary> summary = new ReadOnlyObjectWrapper<>(this, "data");
    private TaskData data;
    private Key key;
    private boolean generating;

    /**
     * @param wanted the key of the current settings (null when the task cannot make data yet)
     * @param ready  called when the current settings' data has become available
     * @param failed called when making the current settings' data failed
     */
    TaskDataSource(TaskRunner runner, Supplier<Key> wanted, Runnable ready, BiConsumer<Key, Throwable> failed) {
        this.runner = runner;
        this.wanted = wanted;
        this.ready = ready;
        this.failed = failed;
    }

    ReadOnlyObjectProperty<DataSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The data of the current settings, or null while it is made (or cannot be). */
    TaskData current() {
        Key k = wanted.get();
        return k != null && k.equals(key) ? data : null;
    }

    /** Makes the current settings' data unless it is there already. */
    void request() {
        Key k = wanted.get();
        if (k == null) {
            summary.set(null);
            return;
        }
        if (k.equals(key)) {
            summary.set(summary(data));
            return;
        }
        if (generating) {
            return; // when the running generation ends, it sees the settings changed and asks again
        }
        generating = true;
        summary.set(null);
        runner.run(() -> k.task().generate(k.seed()), d -> done(k, d), e -> {
            generating = false;
            if (k.equals(wanted.get())) {
                failed.accept(k, e);
            } else {
                request();
            }
        });
    }

    /** Data made elsewhere (a loaded model was evaluated on it). */
    void accept(Key k, TaskData d) {
        data = d;
        key = k;
        if (k.equals(wanted.get())) {
            summary.set(summary(d));
        }
    }

    private void done(Key k, TaskData d) {
        generating = false;
        data = d;
        key = k;
        if (!k.equals(wanted.get())) {
            request();
            return;
        }
        summary.set(summary(d));
        ready.run();
    }

    static DataSummary summary(TaskData d) {
        String norm = TrainingMessages.normalization(d.normalization());
        List<String> notes = new ArrayList<>();
        for (String n : d.notes()) {
            if (!n.equals(d.normalization().describe())) {
                notes.add(n);
            }
        }
        TrainingTask t = d.task();
        List<DataSummary.Reference> references = new ArrayList<>();
        for (Baseline b : d.baselines()) {
            references.add(new DataSummary.Reference(b.id(), b.name(), b.meaning(), b.valLoss(), b.scores()));
        }
        return new DataSummary(t.describe(), d.train().size(), d.validation().size(), t.length(),
                TrainingMessages.lossName(t.loss()), norm, notes, d.baselineValLoss(), d.naiveValLoss(),
                d.chanceAccuracy(), references);
    }
}
