package org.gatelab.viewmodel.training;

/** The training lab's settings chosen from a list or a file, as keys for their problems. */
public enum ChoiceSetting implements SettingField {
    TASK("kind", "Task", "sine, adding, copy, reber, random-walk, anomaly or csv", "The task to train on"),
    CSV_FILE("file", "CSV file", "a text file of comma-, semicolon- or tab-separated values",
            "The file holding your series"),
    CSV_COLUMN("column", "Column", "a number (1 = first) or a header name; empty: the first numeric column",
            "The column of the file that holds the values"),
    CELL("cell", "Cell", "RNN, LSTM or GRU", "The recurrent cell"),
    NONLINEARITY("nonlinearity", "RNN nonlinearity", "tanh or relu", "The vanilla RNN's activation"),
    OPTIMIZER("optimizer", "Optimizer", "SGD or Adam", "How the gradient becomes an update"),
    INIT("init", "Initialization", "pytorch-default, xavier, orthogonal, irnn or chrono",
            "How the initial weights are drawn");

    private final String key;
    private final String label;
    private final String range;
    private final String help;

    ChoiceSetting(String key, String label, String range, String help) {
        this.key = key;
        this.label = label;
        this.range = range;
        this.help = help;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String range() {
        return range;
    }

    @Override
    public String help() {
        return help;
    }
}
