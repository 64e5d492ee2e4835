package org.gatelab.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.gatelab.render.Palette;
import org.gatelab.ui.forms.FormLayout;
import org.gatelab.ui.forms.WholeNumberSpinners;
import org.gatelab.viewmodel.compare.CompareMode;
import org.gatelab.viewmodel.compare.CompareSizing;
import org.gatelab.viewmodel.compare.CompareTaskField;
import org.gatelab.viewmodel.compare.CompareChoices;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.TaskKind;

/**
 * The comparison lab's settings: mode, task (with its settings and explanation) or the sweep's lengths,
 * training settings, and how the cells are sized, with each cell's hidden size and parameter counts. Every
 * control calls a {@link CompareViewModel} method and follows the model's values back; a refused value is put
 * back and the model's message is shown.
 */
final class CompareForm extends VBox {
    /** Style class of the form. */
    static final String STYLE_CLASS = "compare-form";

    private final CompareViewModel model;
    private boolean updating;

    final ToggleButton singleMode = new ToggleButton("One task");
    final ToggleButton sweepMode = new ToggleButton("Length sweep");
    private final SegmentedButton modes = new SegmentedButton(singleMode, sweepMode);
    final ComboBox<TaskKind> task = new ComboBox<>();
    final Label sweepTask = new Label("Adding problem");
    final TextField lengths = new TextField();
    final Label lengthsProblem = new Label();
    final GridPane taskFields = new GridPane();
    private final List<String> fieldKeys = new ArrayList<>();
    private final List<Spinner<Integer>> fieldSpinners = new ArrayList<>();
    final Label description = new Label();
    final Label explanation = new Label();
    final Spinner<Integer> epochs = new Spinner<>(Ranges.EPOCHS.minInt(), Ranges.EPOCHS.maxInt(), 20);
    final TextField learningRate = new TextField();
    final Spinner<Integer> hidden = new Spinner<>(Ranges.HIDDEN.minInt(), Ranges.HIDDEN.maxInt(), 32);
    final Spinner<Integer> seed = new Spinner<>(Ranges.SEED_SPINNER.minInt(), Ranges.SEED_SPINNER.maxInt(), 1);
    final Spinner<Integer> seeds = new Spinner<>(CompareChoices.SEEDS.minInt(), CompareChoices.SEEDS.maxInt(), 1);
    final ComboBox<InitScheme> init = new ComboBox<>();
    private final Node seedsRow;
    final RadioButton sameHidden = new RadioButton("Same hidden size");
    final RadioButton sameBudget = new RadioButton("Same parameter budget");
    final Spinner<Integer> budget = new Spinner<>(CompareChoices.BUDGET.minInt(), CompareChoices.BUDGET.maxInt(), 4641, 100);
    final ComparePlanGrid plan;
    final Label workload = new Label();
    private final Node sweepRow;
    private final Node taskRow;

    CompareForm(CompareViewModel model, Supplier<Palette> palette) {
        this.model = model;
        this.plan = new ComparePlanGrid(palette);
        this.sweepRow = sweepBox();
        this.taskRow = task;
        this.seedsRow = grid(FormLayout.row("Seeds", seeds));
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        setFillWidth(true);
        singleMode.setId("compare-mode-single");
        sweepMode.setId("compare-mode-sweep");
        singleMode.setTooltip(new Tooltip("Train the three cells on one task and compare their loss curves"));
        sweepMode.setTooltip(new Tooltip("Train the three cells on the adding problem at several lengths T"));
        singleMode.setMaxWidth(Double.MAX_VALUE);
        sweepMode.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(singleMode, Priority.ALWAYS);
        HBox.setHgrow(sweepMode, Priority.ALWAYS);
        modes.setMaxWidth(Double.MAX_VALUE);

        task.getItems().setAll(CompareChoices.taskKinds());
        task.setId("compare-task");
        task.setMaxWidth(Double.MAX_VALUE);
        task.setConverter(CompareText.names(CompareChoices::titleOf));
        taskFields.getStyleClass().add("compare-fields");
        description.getStyleClass().add("hint-label");
        description.setId("compare-description");
        explanation.getStyleClass().addAll("hint-label", "compare-explanation");
        explanation.setId("compare-explanation");
        explanation.setWrapText(true);
        description.setWrapText(true);

        epochs.setId("compare-epochs");
        learningRate.setId("compare-lr");
        learningRate.setTooltip(new Tooltip("Adam's step size; press Enter to apply"));
        hidden.setId("compare-hidden");
        task.setTooltip(new Tooltip("The task the three cells train on"));
        epochs.setTooltip(new Tooltip("Passes over the training set, the same for all three cells"));
        hidden.setTooltip(new Tooltip("Hidden units per cell (under Same hidden size)"));
        budget.setTooltip(new Tooltip("The parameter count each cell's hidden size is chosen to come closest to "
                + "(under Same parameter budget)"));
        seed.setId("compare-seed");
        seed.setTooltip(new Tooltip("Seeds the data, the initial weights and the batch order: the same for all "
                + "three cells"));
        seeds.setId("compare-seeds");
        seeds.setTooltip(new Tooltip("Train the three cells once per seed, from the seed above on, and show the "
                + "spread: one run is one sample"));
        init.getItems().setAll(CompareChoices.inits());
        init.setConverter(CompareText.names(CompareText::initName));
        init.setId("compare-init");
        init.setMaxWidth(Double.MAX_VALUE);
        init.setTooltip(new Tooltip("How the LSTM and the GRU start; the RNN always starts with PyTorch's default"));
        for (Spinner<Integer> s : List.of(epochs, hidden, seed, seeds, budget)) {
            s.setEditable(true);
            s.setMaxWidth(Double.MAX_VALUE);
            WholeNumberSpinners.forgiving(s);
        }
        ToggleGroup sizing = new ToggleGroup();
        sameHidden.setToggleGroup(sizing);
        sameBudget.setToggleGroup(sizing);
        sameHidden.setId("compare-same-hidden");
        sameBudget.setId("compare-same-budget");
        sameHidden.setTooltip(new Tooltip("Every cell gets the hidden size above: the LSTM then has about four "
                + "times the RNN's parameters"));
        sameBudget.setTooltip(new Tooltip("Every cell gets the hidden size whose parameter count is closest to "
                + "the budget: a fairer race"));
        budget.setId("compare-budget");
        Label planHint = FormLayout.hint("PyTorch counts two bias vectors per layer (b_ih and b_hh), textbooks one; both "
                + "counts include the readout.");
        workload.getStyleClass().add("hint-label");
        workload.setId("compare-workload");
        workload.setWrapText(true);

        getChildren().addAll(
                FormLayout.section("Compare"), modes,
                FormLayout.section("Task"), taskRow, sweepRow, taskFields, description,
                FormLayout.section("Training"),
                grid(FormLayout.row("Epochs", epochs), FormLayout.row("Learning rate", learningRate), FormLayout.row("Hidden units", hidden),
                        FormLayout.row("Seed", seed), FormLayout.row("Gated cells start", init)), seedsRow,
                FormLayout.section("Size"), sameHidden, sameBudget, grid(FormLayout.row("Budget", budget)), plan, planHint,
                workload,
                FormLayout.section("About this task"), explanation);
    }

    private VBox sweepBox() {
        sweepTask.getStyleClass().add("compare-task-title");
        lengths.setId("compare-lengths");
        lengths.setPromptText("10, 50, 100, 200");
        lengths.setTooltip(new Tooltip(CompareChoices.LENGTHS_HELP));
        lengthsProblem.getStyleClass().add("problem-label");
        lengthsProblem.setId("compare-lengths-problem");
        lengthsProblem.setWrapText(true);
        Label l = new Label("Lengths T");
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, l, lengths);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(lengths, Priority.ALWAYS);
        VBox box = new VBox(6, sweepTask, row, lengthsProblem);
        box.getStyleClass().add("compare-sweep-box");
        return box;
    }

    private static GridPane grid(FormLayout.Row... rows) {
        GridPane g = FormLayout.grid(rows);
        g.getStyleClass().add("compare-fields");
        return g;
    }

    private void initListeners() {
        // the mode changes on the user's click, not on any change of the selection: the segmented button's skin,
        // created when the form first joins a window, re-selects its toggles on the way
        singleMode.setOnAction(e -> user(() -> chooseMode(CompareMode.SINGLE)));
        sweepMode.setOnAction(e -> user(() -> chooseMode(CompareMode.SWEEP)));
        modes.skinProperty().addListener((o, was, skin) -> showSettings());
        task.valueProperty().addListener((o, was, k) -> user(() -> model.setTaskKind(k)));
        lengths.textProperty().addListener((o, was, text) -> user(() -> model.setLengths(text)));
        commitOn(epochs, model::setEpochs);
        commitOn(hidden, model::setHidden);
        commitOn(seed, v -> model.setSeed(v));
        commitOn(seeds, model::setSeeds);
        init.valueProperty().addListener((o, was, v) -> user(() -> {
            if (v != null && !model.setInit(v)) {
                showSettings();
            }
        }));
        model.seedsProperty().addListener((o, was, n) -> showSettings());
        commitOn(budget, v -> model.setBudget(v));
        // the budget follows typing, so each cell's hidden size updates live
        budget.getEditor().textProperty().addListener((o, was, text) -> user(() -> {
            try {
                model.setBudget(Long.parseLong(text.trim().replace(",", "")));
            } catch (NumberFormatException e) {
                // not a number yet: wait for more typing (the spinner puts back a valid value on commit)
            }
        }));
        learningRate.setOnAction(e -> applyLearningRate());
        learningRate.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                applyLearningRate();
            }
        });
        sameHidden.selectedProperty().addListener((o, was, on) -> user(() -> {
            if (on) {
                model.setSizing(CompareSizing.SAME_HIDDEN);
            }
        }));
        sameBudget.selectedProperty().addListener((o, was, on) -> user(() -> {
            if (on) {
                model.setSizing(CompareSizing.SAME_BUDGET);
            }
        }));

        model.modeProperty().addListener((o, was, m) -> showSettings());
        model.taskFieldsProperty().addListener((o, was, f) -> showFields(f));
        model.configProperty().addListener((o, was, c) -> showSettings());
        model.sizingProperty().addListener((o, was, s) -> showSettings());
        model.budgetProperty().addListener((o, was, b) -> showSettings());
        model.planProperty().addListener((o, was, p) -> plan.show(p));
        model.lengthsTextProperty().addListener((o, was, t) -> showSettings());
        model.runningProperty().addListener((o, was, on) -> showSettings());
        description.textProperty().bind(model.taskDescriptionProperty());
        explanation.textProperty().bind(model.taskExplanationProperty());
        workload.textProperty().bind(model.workloadProperty());
        lengthsProblem.textProperty().bind(model.lengthsProblemProperty());
        lengthsProblem.visibleProperty().bind(model.lengthsProblemProperty().isNotEmpty());
        lengthsProblem.managedProperty().bind(lengthsProblem.visibleProperty());
        showFields(model.taskFieldsProperty().get());
        showSettings();
        plan.show(model.planProperty().get());
    }

    /** Calls {@code apply} when the spinner's value changes; if the model refuses, the model's value returns. */
    private void commitOn(Spinner<Integer> spinner, IntPredicate apply) {
        spinner.valueProperty().addListener((o, was, v) -> user(() -> {
            if (v != null && !apply.test(v)) {
                showSettings();
            }
        }));
    }

    private void applyLearningRate() {
        if (updating) {
            return;
        }
        if (!model.setLearningRate(learningRate.getText())) {
            showSettings();
        }
    }

    /** Commits what is typed in the spinners and the learning rate (before a run starts). */
    void commitEdits() {
        for (Spinner<Integer> s : List.of(epochs, hidden, seed, seeds, budget)) {
            commitQuietly(s);
        }
        for (Spinner<Integer> s : fieldSpinners) {
            commitQuietly(s);
        }
        if (!learningRate.getText().trim().equals(formatRate(model.learningRate()))) {
            applyLearningRate();
        }
    }

    private static void commitQuietly(Spinner<Integer> s) {
        try {
            s.commitValue();
        } catch (RuntimeException e) {
            s.cancelEdit();
        }
    }

    /** Runs a change that came from the user, unless the form is only showing the model's values. */
    private void user(Runnable change) {
        if (!updating) {
            change.run();
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

    private static String formatRate(double lr) {
        return java.math.BigDecimal.valueOf(lr).stripTrailingZeros().toPlainString();
    }

    /** The task form: one spinner per field; rebuilt when the fields change, else only their values. */
    private void showFields(List<CompareTaskField> fields) {
        quietly(() -> {
            List<String> keys = fields.stream().map(CompareTaskField::key).toList();
            if (!keys.equals(fieldKeys) || model.modeProperty().get() != shownMode) {
                rebuildFields(fields);
            }
            for (int i = 0; i < fields.size(); i++) {
                fieldSpinners.get(i).getValueFactory().setValue(fields.get(i).value());
            }
        });
    }

    private CompareMode shownMode;

    private void rebuildFields(List<CompareTaskField> fields) {
        taskFields.getChildren().clear();
        fieldKeys.clear();
        fieldSpinners.clear();
        shownMode = model.modeProperty().get();
        for (int i = 0; i < fields.size(); i++) {
            CompareTaskField f = fields.get(i);
            int step = f.max() > 1000 ? 100 : 1;
            Spinner<Integer> s = new Spinner<>(new IntegerSpinnerValueFactory(f.min(), f.max(), f.value(), step));
            s.setEditable(true);
            s.setMaxWidth(Double.MAX_VALUE);
            WholeNumberSpinners.forgiving(s);
            s.setId("compare-field-" + f.key());
            s.setTooltip(new Tooltip(f.hint() + " (" + f.min() + " to " + f.max() + ")"));
            String key = f.key();
            commitOn(s, v -> model.setTaskField(key, v));
            FormLayout.addRow(taskFields, i, f.label(), s);
            fieldKeys.add(key);
            fieldSpinners.add(s);
        }
    }

    /** The mode the user clicked; clicking the chosen one again keeps it chosen. */
    private void chooseMode(CompareMode mode) {
        model.setMode(mode);
        showSettings();
    }

    /** Puts the model's settings on the controls (without calling the model back). */
    private void showSettings() {
        quietly(() -> {
            boolean sweep = model.modeProperty().get() == CompareMode.SWEEP;
            singleMode.setSelected(!sweep);
            sweepMode.setSelected(sweep);
            task.setValue(model.taskKindProperty().get());
            taskRow.setVisible(!sweep);
            taskRow.setManaged(!sweep);
            sweepRow.setVisible(sweep);
            sweepRow.setManaged(sweep);
            if (!lengths.getText().equals(model.lengthsTextProperty().get())) {
                lengths.setText(model.lengthsTextProperty().get());
            }
            epochs.getValueFactory().setValue(model.epochs());
            if (!learningRate.isFocused() || learningRate.getText().isBlank()) {
                learningRate.setText(formatRate(model.learningRate()));
            }
            hidden.getValueFactory().setValue(model.hidden());
            seed.getValueFactory().setValue((int) Math.min(Ranges.SEED_SPINNER.maxInt(), model.seed()));
            seeds.getValueFactory().setValue(model.seedsProperty().get());
            seedsRow.setVisible(!sweep);
            seedsRow.setManaged(!sweep);
            init.setValue(model.init());
            boolean byBudget = model.sizingProperty().get() == CompareSizing.SAME_BUDGET;
            sameHidden.setSelected(!byBudget);
            sameBudget.setSelected(byBudget);
            hidden.setDisable(byBudget);
            budget.setDisable(!byBudget);
            long b = model.budgetProperty().get();
            if (!budget.getEditor().isFocused()) {
                budget.getValueFactory().setValue((int) b);
            }
            setDisable(model.isRunning());
        });
    }
}
