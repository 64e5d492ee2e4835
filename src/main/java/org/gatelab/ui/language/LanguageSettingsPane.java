package org.gatelab.ui.language;

import java.io.File;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.gatelab.ui.forms.FormLayout;
import org.gatelab.viewmodel.language.LanguageLabViewModel;
import org.gatelab.viewmodel.language.TextLabField;
import org.gatelab.viewmodel.language.TextLabSettings;
import org.gatelab.viewmodel.language.TrainingPhase;
import org.gatelab.vocabulary.CellKind;

/**
 * The language lab's left column: the corpus (bundled, or a text file), the cell and the training settings, Start
 * and Stop, the model files, and what the corpus and the model are.
 */
final class LanguageSettingsPane extends VBox {
    static final String STYLE_CLASS = "language-settings";
    static final String FILE_CHOICE = "a text file…";

    private final LanguageLabViewModel model;
    final ComboBox<String> corpus = new ComboBox<>();
    final Map<CellKind, ToggleButton> cells = new EnumMap<>(CellKind.class);
    final Map<TextLabField, TextField> fields = new EnumMap<>(TextLabField.class);
    private final Map<TextLabField, Label> problems = new EnumMap<>(TextLabField.class);
    final Button start = new Button("S_tart");
    final Button stop = new Button("St_op");
    final Button openModel = new Button("Open _model…");
    final Button saveModel = new Button("Sa_ve model…");
    private final Label data = new Label();
    private final Label modelLabel = new Label();
    private final Label notice = new Label();
    /** What each item of the corpus list names: a bundled corpus's name, or an opened file's path. */
    private final Map<String, String> specs = new java.util.HashMap<>();

    LanguageSettingsPane(LanguageLabViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        corpus.getItems().setAll(model.bundledCorpora());
        corpus.getItems().add(FILE_CHOICE);
        corpus.setId("language-corpus");
        corpus.setMaxWidth(Double.MAX_VALUE);
        corpus.setTooltip(new Tooltip("names: 8,422 English first names; moby-dick: the novel; brackets: balanced "
                + "brackets generated from the seed; or any UTF-8 text file"));
        HBox cellRow = new HBox();
        cellRow.getStyleClass().add("lab-cell-buttons");
        ToggleGroup group = new ToggleGroup();
        for (CellKind c : CellKind.values()) {
            ToggleButton b = new ToggleButton(c.name());
            b.setToggleGroup(group);
            b.getStyleClass().add("lab-cell-button");
            b.setId("language-cell-" + c.id());
            b.setOnAction(e -> {
                model.setCell(c);
                b.setSelected(true);
            });
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setMaxWidth(Double.MAX_VALUE);
            cells.put(c, b);
            cellRow.getChildren().add(b);
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("lab-field-grid");
        int row = 0;
        for (TextLabField f : TextLabField.values()) {
            TextField field = new TextField();
            field.setId("language-field-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            field.setPrefColumnCount(6);
            field.setTooltip(new Tooltip(f.help()));
            field.getStyleClass().add("lab-field");
            field.setOnAction(e -> model.set(f, field.getText()));
            field.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    model.set(f, field.getText());
                }
            });
            Label label = new Label(f.label());
            label.getStyleClass().add("lab-field-label");
            label.setLabelFor(field);
            Label problem = new Label();
            problem.getStyleClass().add("lab-problem");
            problem.setWrapText(true);
            problem.setMaxWidth(240);
            fields.put(f, field);
            problems.put(f, problem);
            grid.add(label, 0, row);
            grid.add(field, 1, row);
            grid.add(problem, 0, row + 1, 2, 1);
            row += 2;
        }
        start.setId("language-start");
        stop.setId("language-stop");
        start.setTooltip(new Tooltip("Train a fresh model with these settings; the chart and the samples follow it"));
        stop.setTooltip(new Tooltip("Stop after the current window; the model so far is kept"));
        start.getStyleClass().add("language-start");
        // rows of buttons wrap (FlowPane) rather than cut a button's words at a large type
        FlowPane run = new FlowPane(6, 6, start, stop);
        openModel.setId("language-open-model");
        saveModel.setId("language-save-model");
        FlowPane files = new FlowPane(6, 6, openModel, saveModel);
        for (Label l : new Label[] {data, modelLabel, notice}) {
            l.setWrapText(true);
            l.getStyleClass().add("language-note");
            l.setMaxWidth(Double.MAX_VALUE);
        }
        data.setId("language-data");
        modelLabel.setId("language-model");
        notice.setId("language-notice");
        notice.getStyleClass().add("lab-problem");
        getChildren().addAll(FormLayout.section("Corpus"), corpus, data, FormLayout.section("Model"), cellRow, grid,
                run, FormLayout.section("The model the text views read"), modelLabel, files, notice);
    }

    private void initListeners() {
        corpus.setOnAction(e -> {
            String choice = corpus.getValue();
            if (FILE_CHOICE.equals(choice)) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("A text to train on (UTF-8)");
                File f = getScene() == null ? null : chooser.showOpenDialog(getScene().getWindow());
                if (f != null) {
                    model.openCorpus(f.toPath());
                } else {
                    showSettings(model.settings());
                }
            } else if (choice != null && !specs.getOrDefault(choice, choice).equals(model.settings().corpus())) {
                String spec = specs.getOrDefault(choice, choice);
                if (model.bundledCorpora().contains(spec)) {
                    model.setCorpus(spec);
                } else {
                    model.openCorpus(java.nio.file.Path.of(spec));
                }
            }
        });
        start.setOnAction(e -> model.start());
        stop.setOnAction(e -> model.stop());
        openModel.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("A character model");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Models", "*.safetensors"));
            File f = getScene() == null ? null : chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                model.openModel(f.toPath());
            }
        });
        saveModel.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the model");
            chooser.setInitialFileName(model.settings().cell().id() + "-text.safetensors");
            File f = getScene() == null ? null : chooser.showSaveDialog(getScene().getWindow());
            if (f != null) {
                model.saveModel(f.toPath());
            }
        });
        model.settingsProperty().addListener((obs, o, s) -> showSettings(s));
        for (TextLabField f : TextLabField.values()) {
            model.problemProperty(f).addListener((obs, o, p) -> problems.get(f).setText(p));
        }
        data.textProperty().bind(model.dataSummaryProperty());
        modelLabel.textProperty().bind(model.modelSummaryProperty());
        notice.textProperty().bind(model.noticeProperty());
        model.snapshotProperty().addListener((obs, o, s) -> showPhase(s.state()));
        showSettings(model.settings());
        showPhase(model.snapshot().state());
    }

    private void showSettings(TextLabSettings s) {
        String shown = model.bundledCorpora().contains(s.corpus()) ? s.corpus() : new File(s.corpus()).getName();
        specs.put(shown, s.corpus());
        if (!corpus.getItems().contains(shown)) {
            corpus.getItems().add(corpus.getItems().size() - 1, shown);
        }
        corpus.setValue(shown);
        cells.forEach((c, b) -> b.setSelected(c == s.cell()));
        fields.forEach((f, field) -> {
            if (!field.isFocused()) {
                field.setText(s.text(f));
            }
        });
    }

    private void showPhase(TrainingPhase phase) {
        boolean live = phase.live();
        start.setDisable(live);
        stop.setDisable(!live);
        corpus.setDisable(live);
        cells.values().forEach(b -> b.setDisable(live));
        fields.values().forEach(f -> f.setDisable(live));
        openModel.setDisable(live);
    }
}
