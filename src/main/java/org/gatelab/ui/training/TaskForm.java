package org.gatelab.ui.training;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.vocabulary.ChoiceSetting;
import org.gatelab.vocabulary.RealDataSet;
import org.gatelab.vocabulary.SettingField;
import org.gatelab.vocabulary.TaskKind;

/**
 * The task part of the settings: which task, and its own settings (rebuilt when the task changes); for the
 * csv task, the file and the column; for the real task, the recording from the gallery.
 */
final class TaskForm extends VBox {
    static final String STYLE_CLASS = "lab-task-form";
    static final String GRID_STYLE_CLASS = "lab-field-grid";
    static final String FILE_ROW_STYLE_CLASS = "lab-file-row";
    static final String FILE_NAME_STYLE_CLASS = "lab-file-name";

    private final TrainingLabViewModel model;
    private final ChoiceBox<TaskKind> task = new ChoiceBox<>();
    private final GridPane grid = new GridPane();
    private final VBox csvBox = new VBox();
    private final Button chooseCsv = new Button("Choose CSV file…");
    private final Label csvName = new Label();
    private final TextField csvColumn = new TextField();
    private final Label csvProblem = new Label();
    private final VBox dataBox = new VBox();
    private final ChoiceBox<RealDataSet> dataSet = new ChoiceBox<>();
    private final Label dataProblem = new Label();
    private final List<FieldBox> fields = new ArrayList<>();
    private boolean updating;

    TaskForm(TrainingLabViewModel model) {
        this.model = model;
        createView();
        initListeners();
        rebuild();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        task.getItems().setAll(TaskKind.values());
        task.setId("task-kind");
        task.setMaxWidth(Double.MAX_VALUE);
        task.setConverter(new StringConverter<>() {
            @Override
            public String toString(TaskKind k) {
                return k == null ? "" : TrainingLabViewModel.taskTitle(k);
            }

            @Override
            public TaskKind fromString(String s) {
                return null;
            }
        });
        task.setTooltip(new Tooltip("The task to train on; each keeps its own settings"));
        grid.getStyleClass().add(GRID_STYLE_CLASS);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);

        chooseCsv.setId("choose-csv");
        chooseCsv.setMaxWidth(Double.MAX_VALUE);
        chooseCsv.setTooltip(new Tooltip("A CSV or text file with a numeric column: your series"));
        csvName.getStyleClass().add(FILE_NAME_STYLE_CLASS);
        csvName.setId("csv-name");
        Label columnLabel = new Label("Column");
        columnLabel.getStyleClass().add(FieldBox.LABEL_STYLE_CLASS);
        csvColumn.setId("csv-column");
        csvColumn.getStyleClass().add(FieldBox.FIELD_STYLE_CLASS);
        csvColumn.setPromptText("number or header; empty: first numeric");
        csvColumn.setTooltip(new Tooltip(ChoiceSetting.CSV_COLUMN.range()));
        csvProblem.getStyleClass().add(FieldBox.PROBLEM_STYLE_CLASS);
        csvProblem.setWrapText(true);
        csvProblem.setId("problem-csv");
        HBox columnRow = new HBox(columnLabel, csvColumn);
        columnRow.getStyleClass().add(FILE_ROW_STYLE_CLASS);
        HBox.setHgrow(csvColumn, Priority.ALWAYS);
        csvBox.getChildren().addAll(chooseCsv, csvName, columnRow, csvProblem);
        csvBox.getStyleClass().add(FILE_ROW_STYLE_CLASS);
        dataSet.getItems().setAll(RealDataSet.values());
        dataSet.setId("data-set");
        dataSet.setMaxWidth(Double.MAX_VALUE);
        dataSet.setConverter(new StringConverter<>() {
            @Override
            public String toString(RealDataSet d) {
                return d == null ? "" : d.title();
            }

            @Override
            public RealDataSet fromString(String s) {
                return null;
            }
        });
        dataSet.setTooltip(new Tooltip(ChoiceSetting.DATASET.help()));
        Label dataLabel = new Label(ChoiceSetting.DATASET.label());
        dataLabel.getStyleClass().add(FieldBox.LABEL_STYLE_CLASS);
        dataLabel.setLabelFor(dataSet);
        dataProblem.getStyleClass().add(FieldBox.PROBLEM_STYLE_CLASS);
        dataProblem.setWrapText(true);
        dataProblem.setId("problem-dataset");
        dataBox.getChildren().addAll(dataLabel, dataSet, dataProblem);
        dataBox.getStyleClass().add(FILE_ROW_STYLE_CLASS);
        getChildren().addAll(task, csvBox, dataBox, grid);
    }

    private void initListeners() {
        task.valueProperty().addListener((obs, o, n) -> {
            if (!updating && n != null) {
                model.selectTask(n);
                if (model.taskKind() != n) {
                    quietly(() -> task.setValue(model.taskKind()));
                }
            }
        });
        model.taskFieldsProperty().addListener((obs, o, n) -> rebuild());
        model.settingsProperty().addListener((obs, o, n) -> fields.forEach(FieldBox::refresh));
        chooseCsv.setOnAction(e -> chooseCsv());
        dataSet.valueProperty().addListener((obs, o, n) -> {
            if (!updating && n != null && n != model.dataSet()) {
                model.selectDataSet(n);
            }
        });
        model.settingsProperty().addListener((obs, o, n) -> quietly(() -> dataSet.setValue(model.dataSet())));
        csvColumn.setOnAction(e -> applyColumn());
        csvColumn.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                applyColumn();
            }
        });
        model.problems().addListener((MapChangeListener<Object, String>) c -> showCsvProblem());
    }

    private void applyColumn() {
        if (model.taskKind() == TaskKind.CSV && !model.csvFileName().isEmpty()
                && !csvColumn.getText().trim().equals(model.csvColumn())) {
            model.setCsvColumn(csvColumn.getText());
        }
    }

    private void chooseCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a CSV file with your series");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV and text files", "*.csv", "*.tsv",
                "*.txt"), new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.loadCsv(file.toPath(), csvColumn.getText());
        }
    }

    private void showCsvProblem() {
        String p = model.problem(ChoiceSetting.CSV_FILE);
        String c = model.problem(ChoiceSetting.CSV_COLUMN);
        String text = !p.isEmpty() ? p : c;
        csvProblem.setText(text);
        csvProblem.setVisible(!text.isEmpty());
        csvProblem.setManaged(!text.isEmpty());
        String d = model.problem(ChoiceSetting.DATASET);
        dataProblem.setText(d);
        dataProblem.setVisible(!d.isEmpty());
        dataProblem.setManaged(!d.isEmpty());
    }

    /** The fields of the chosen task. */
    private void rebuild() {
        quietly(() -> task.setValue(model.taskKind()));
        boolean csv = model.taskKind() == TaskKind.CSV;
        csvBox.setVisible(csv);
        csvBox.setManaged(csv);
        boolean real = model.taskKind() == TaskKind.REAL;
        dataBox.setVisible(real);
        dataBox.setManaged(real);
        quietly(() -> dataSet.setValue(model.dataSet()));
        csvName.setText(model.csvFileName().isEmpty() ? "no file chosen" : model.csvFileName());
        csvColumn.setText(model.csvColumn());
        showCsvProblem();
        grid.getChildren().clear();
        fields.clear();
        int i = 0;
        for (SettingField p : model.taskFieldsProperty().get().fields()) {
            FieldBox box = new FieldBox(model, p, () -> model.taskText(p), text -> model.setTaskValue(p, text));
            fields.add(box);
            grid.add(box, i % 2, i / 2);
            i++;
        }
    }

    private void quietly(Runnable r) {
        boolean was = updating;
        updating = true;
        try {
            r.run();
        } finally {
            updating = was;
        }
    }

    /** The field of a task setting, or null when the chosen task has none. */
    FieldBox field(SettingField p) {
        for (FieldBox f : fields) {
            if (f.setting() == p) {
                return f;
            }
        }
        return null;
    }

    ChoiceBox<TaskKind> taskChoice() {
        return task;
    }
}
