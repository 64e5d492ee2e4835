package org.gatelab.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The training lab's settings chosen from a list or a file, as keys for their problems. */
public enum ChoiceSetting implements SettingField {
    TASK("kind", "Task", ids(TaskKind.values(), TaskKind::id), "The task to train on"),
    CSV_FILE("file", "CSV file", "a text file of comma-, semicolon- or tab-separated values",
            "The file holding your series"),
    CSV_COLUMN("column", "Column", "a number (1 = first) or a header name; empty: the first numeric column",
            "The column of the file that holds the values"),
    DATASET("dataset", "Data set", RealDataSet.ids(), "The recording to train on, from the gallery of real data"),
    CELL("cell", "Cell", ids(CellKind.values(), CellKind::name), "The recurrent cell"),
    NONLINEARITY("nonlinearity", "RNN nonlinearity", ids(Nonlinearity.values(), Nonlinearity::id),
            "The vanilla RNN's activation"),
    OPTIMIZER("optimizer", "Optimizer", "SGD or Adam", "How the gradient becomes an update"),
    INIT("init", "Initialization", ids(InitScheme.values(), InitScheme::id), "How the initial weights are drawn");

    private final Setting setting;

    ChoiceSetting(String key, String label, String range, String help) {
        this.setting = new Setting(key, label, range, help);
    }

    @Override
    public Setting setting() {
        return setting;
    }

    /** "a, b or c". */
    static <T> String ids(T[] values, Function<T, String> id) {
        List<String> names = Arrays.stream(values).map(id).toList();
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " or "
                + names.get(names.size() - 1);
    }
}
