package org.gatelab.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.ChoiceSetting;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.SettingField;
import org.gatelab.vocabulary.TrainingSetting;

/**
 * The training part of the settings: cell, sizes, optimizer and its settings, clipping, epochs, seed and
 * initialization. Every field sends its value to the view model, which refuses out-of-range values with the
 * reason shown under the field.
 */
final class TrainingForm extends VBox {
    static final String STYLE_CLASS = "lab-training-form";
    static final String CELL_BUTTONS_STYLE_CLASS = "lab-cell-buttons";
    static final String CELL_BUTTON_STYLE_CLASS = "lab-cell-button";

    private final TrainingLabViewModel model;
    private final ToggleGroup cellGroup = new ToggleGroup();
    private final ToggleButton[] cells = new ToggleButton[CellKind.values().length];
    private final ChoiceBox<OptimizerKind> optimizer = new ChoiceBox<>();
    private final ChoiceBox<Nonlinearity> nonlinearity = new ChoiceBox<>();
    private final ComboBox<InitScheme> init = new ComboBox<>();
    private final Label choiceProblem = new Label();
    private final List<FieldBox> fields = new ArrayList<>();
    private final VBox nonlinearityBox;
    private boolean updating;

    TrainingForm(TrainingLabViewModel model) {
        this.model = model;
        nonlinearityBox = labelled("RNN nonlinearity", nonlinearity);
        createView();
        initListeners();
        show();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        HBox cellRow = new HBox();
        cellRow.getStyleClass().add(CELL_BUTTONS_STYLE_CLASS);
        for (CellKind k : CellKind.values()) {
            ToggleButton b = new ToggleButton(k.name());
            b.setUserData(k);
            b.setToggleGroup(cellGroup);
            b.setId("lab-cell-" + k.id());
            b.getStyleClass().add(CELL_BUTTON_STYLE_CLASS);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(true);
            HBox.setHgrow(b, Priority.ALWAYS);
            cells[k.ordinal()] = b;
            cellRow.getChildren().add(b);
        }
        optimizer.getItems().setAll(OptimizerKind.values());
        optimizer.setId("lab-optimizer");
        optimizer.setMaxWidth(Double.MAX_VALUE);
        optimizer.setConverter(converter(o -> o == OptimizerKind.SGD ? "SGD" : "Adam"));
        optimizer.setTooltip(new Tooltip("SGD: step = learning rate × gradient (with momentum). Adam: steps of "
                + "about the learning rate, scaled per weight"));
        nonlinearity.getItems().setAll(Nonlinearity.values());
        nonlinearity.setMaxWidth(Double.MAX_VALUE);
        nonlinearity.setConverter(converter(Nonlinearity::id));
        nonlinearity.setTooltip(new Tooltip(ChoiceSetting.NONLINEARITY.help()));
        init.getItems().setAll(InitScheme.values());
        init.setId("lab-init");
        init.setTooltip(new Tooltip(ChoiceSetting.INIT.help()));
        init.setMaxWidth(Double.MAX_VALUE);
        init.setConverter(converter(s -> switch (s) {
            case PYTORCH_DEFAULT -> "PyTorch default";
            case XAVIER -> "Xavier (Glorot)";
            case ORTHOGONAL -> "Orthogonal W_hh";
            case IRNN -> "IRNN (identity W_hh, RNN)";
            case CHRONO -> "Chrono (gate biases, LSTM/GRU)";
        }));
        choiceProblem.getStyleClass().add(FieldBox.PROBLEM_STYLE_CLASS);
        choiceProblem.setWrapText(true);
        choiceProblem.setId("problem-choice");

        GridPane grid = new GridPane();
        grid.getStyleClass().add(TaskForm.GRID_STYLE_CLASS);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(newField(TrainingSetting.HIDDEN), 0, 0);
        grid.add(newField(TrainingSetting.LAYERS), 1, 0);
        grid.add(newField(TrainingSetting.LEARNING_RATE), 0, 1);
        grid.add(labelled("Optimizer", optimizer), 1, 1);
        grid.add(newField(TrainingSetting.MOMENTUM), 0, 2);
        grid.add(newField(TrainingSetting.BATCH_SIZE), 1, 2);
        grid.add(newField(TrainingSetting.CLIP_NORM), 0, 3);
        grid.add(newField(TrainingSetting.EPOCHS), 1, 3);
        grid.add(newField(TrainingSetting.SEED), 0, 4);
        grid.add(newField(TrainingSetting.GATE_BIAS), 1, 4);
        grid.add(labelled("Initialization", init), 0, 5, 2, 1);
        grid.add(nonlinearityBox, 0, 6, 2, 1);
        getChildren().addAll(cellRow, grid, choiceProblem);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private FieldBox newField(TrainingSetting p) {
        FieldBox box = new FieldBox(model, p, () -> model.trainingText(p), text -> model.setTrainingValue(p, text));
        fields.add(box);
        return box;
    }

    private static VBox labelled(String text, javafx.scene.Node control) {
        Label l = new Label(text);
        l.getStyleClass().add(FieldBox.LABEL_STYLE_CLASS);
        VBox box = new VBox(l, control);
        box.getStyleClass().add(FieldBox.STYLE_CLASS);
        return box;
    }

    private void initListeners() {
        cellGroup.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                if (o != null) {
                    o.setSelected(true); // one cell stays chosen
                }
                return;
            }
            user(() -> model.setCell((CellKind) n.getUserData()));
        });
        optimizer.valueProperty().addListener((obs, o, n) -> user(() -> model.setOptimizer(n)));
        nonlinearity.valueProperty().addListener((obs, o, n) -> user(() -> model.setNonlinearity(n)));
        init.valueProperty().addListener((obs, o, n) -> user(() -> model.setInit(n)));
        model.settingsProperty().addListener((obs, o, n) -> show());
        model.problems().addListener((MapChangeListener<SettingField, String>) c -> {
            if (c.getKey() instanceof ChoiceSetting) {
                showChoiceProblem();
            }
        });
    }

    private void user(Runnable change) {
        if (!updating) {
            change.run();
            show(); // a refused choice snaps back to the model's
        }
    }

    /** Puts the model's settings on the controls. */
    private void show() {
        boolean was = updating;
        updating = true;
        try {
            cellGroup.selectToggle(cells[model.cell().ordinal()]);
            optimizer.setValue(model.optimizer());
            nonlinearity.setValue(model.nonlinearity());
            init.setValue(model.init());
            boolean rnn = model.cell() == CellKind.RNN;
            nonlinearityBox.setVisible(rnn);
            nonlinearityBox.setManaged(rnn);
            fields.forEach(FieldBox::refresh);
            field(TrainingSetting.MOMENTUM, f -> f.setDisable(model.optimizer() != OptimizerKind.SGD));
            field(TrainingSetting.GATE_BIAS, f -> f.setDisable(rnn));
        } finally {
            updating = was;
        }
        showChoiceProblem();
    }

    private void field(TrainingSetting p, java.util.function.Consumer<FieldBox> action) {
        for (FieldBox f : fields) {
            if (f.setting() == p) {
                action.accept(f);
            }
        }
    }

    private void showChoiceProblem() {
        StringBuilder sb = new StringBuilder();
        for (ChoiceSetting c : List.of(ChoiceSetting.CELL, ChoiceSetting.OPTIMIZER, ChoiceSetting.INIT,
                ChoiceSetting.NONLINEARITY)) {
            String p = model.problem(c);
            if (!p.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(p);
            }
        }
        choiceProblem.setText(sb.toString());
        choiceProblem.setVisible(sb.length() > 0);
        choiceProblem.setManaged(sb.length() > 0);
    }

    /** The field of a training setting. */
    FieldBox field(TrainingSetting p) {
        for (FieldBox f : fields) {
            if (f.setting() == p) {
                return f;
            }
        }
        throw new IllegalArgumentException(p.name());
    }

    ToggleButton cellButton(CellKind k) {
        return cells[k.ordinal()];
    }

    ChoiceBox<OptimizerKind> optimizerChoice() {
        return optimizer;
    }

    ComboBox<InitScheme> initChoice() {
        return init;
    }
}
