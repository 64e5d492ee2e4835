package org.gatelab.ui.workspace;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.gatelab.ui.forms.FormLayout;
import org.gatelab.ui.forms.WholeNumberSpinners;
import org.gatelab.render.Sealed;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.SequenceKind;

/**
 * The workspace's settings: cell, sizes, seed, initialization and input. Every control calls a
 * {@link WorkspaceViewModel} method; the controls follow the model's settings back, so a lesson or a rewind
 * that changes them is shown.
 */
public final class ControlPanel extends VBox {
    public static final String STYLE_CLASS = "control-panel";

    private final WorkspaceViewModel workspace;
    private boolean updating;

    final SegmentedButton cellButtons = new SegmentedButton();
    final ToggleButton[] cellToggles = new ToggleButton[CellKind.values().length];
    final ChoiceBox<Nonlinearity> nonlinearity = new ChoiceBox<>();
    final Spinner<Integer> hidden = new Spinner<>(Ranges.HIDDEN.minInt(), Ranges.HIDDEN.maxInt(), 8);
    final Spinner<Integer> layers = new Spinner<>(Ranges.LAYERS.minInt(), Ranges.LAYERS.maxInt(), 1);
    final Spinner<Integer> seed = new Spinner<>(Ranges.SEED_SPINNER.minInt(), Ranges.SEED_SPINNER.maxInt(), 1);
    final ComboBox<InitScheme> init = new ComboBox<>();
    final CheckBox gateBiasSet = new CheckBox("Set gate bias");
    final Slider gateBias = new Slider(Ranges.GATE_BIAS.min(), Ranges.GATE_BIAS.max(), 1);
    final Label gateBiasValue = new Label();
    final Slider recurrentScale = new Slider(Ranges.RECURRENT_SCALE.min(), Ranges.RECURRENT_SCALE.max(), 1);
    final Label recurrentScaleValue = new Label();
    final ComboBox<SequenceKind> source = new ComboBox<>();
    final Spinner<Integer> length = new Spinner<>(Ranges.SEQUENCE_LENGTH.minInt(), Ranges.SEQUENCE_LENGTH.maxInt(), 30);
    final TextField customValues = new TextField();
    final TextField customTarget = new TextField();
    final Label sourceHint = new Label();
    final CheckBox bidirectional = new CheckBox("Bidirectional (also reads right to left)");
    final FollowControls follow;
    final Label pytorchCount = new Label();
    final Label textbookCount = new Label();
    final Label problem = new Label();
    final Button rewind = new Button("_Rewind to initial weights");
    final Button undo = new Button("_Undo");
    final Button resetAll = new Button("Reset _everything");
    private final GridPane targetRow = grid(FormLayout.row("Target", customTarget));
    private final VBox customRow = customRow();
    private final javafx.scene.layout.GridPane lengthRow = grid(FormLayout.row("Length", length));
    private final InspectionCard inspectionCard;
    private final VBox initialization = new VBox(6);
    private final VBox input = new VBox(6);

    public ControlPanel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        this.inspectionCard = new InspectionCard(workspace);
        this.follow = new FollowControls(workspace);
        createView();
        initListeners();
        showSettings(workspace.settings());
        showResult(workspace.result());
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        setFillWidth(true);
        for (CellKind kind : CellKind.values()) {
            ToggleButton b = new ToggleButton(kind.name());
            b.setUserData(kind);
            b.setId("cell-" + kind.id());
            cellToggles[kind.ordinal()] = b;
            cellButtons.getButtons().add(b);
        }
        nonlinearity.getItems().setAll(Nonlinearity.values());
        hidden.setEditable(true);
        hidden.setId("hidden-size");
        seed.setEditable(true);
        length.setEditable(true);
        bidirectional.setId("bidirectional");
        bidirectional.setWrapText(true);
        bidirectional.setTooltip(new Tooltip("PyTorch's bidirectional=True: every layer gets a second, reverse "
                + "direction with its own weights, reading t = T-1 … 0"));
        init.getItems().setAll(InitScheme.values());
        init.setConverter(new StringConverter<>() {
            @Override
            public String toString(InitScheme s) {
                return s == null ? "" : switch (s) {
                    case PYTORCH_DEFAULT -> "PyTorch default";
                    case XAVIER -> "Xavier (Glorot)";
                    case ORTHOGONAL -> "Orthogonal W_hh";
                    case IRNN -> "IRNN (identity W_hh)";
                    case CHRONO -> "Chrono (gate biases)";
                };
            }

            @Override
            public InitScheme fromString(String s) {
                return null;
            }
        });
        source.getItems().setAll(SequenceKind.values());
        source.setId("source");
        customValues.setPromptText("0.5, -0.3, 0.8, ...");
        customTarget.setPromptText("target");
        customTarget.setPrefColumnCount(5);
        gateBiasValue.getStyleClass().add("value-label");
        recurrentScaleValue.getStyleClass().add("value-label");
        sourceHint.getStyleClass().add("hint-label");
        problem.getStyleClass().add("problem-label");
        problem.setId("problem");
        pytorchCount.getStyleClass().add("param-count");
        textbookCount.getStyleClass().add("param-count");
        pytorchCount.setId("params-pytorch");
        textbookCount.setId("params-textbook");
        rewind.setMaxWidth(Double.MAX_VALUE);
        rewind.setTooltip(new Tooltip("Back to the weights the seed gives: gate bias and W_hh scale to their defaults."));
        for (Spinner<Integer> s : java.util.List.of(hidden, layers, seed, length)) {
            s.setMaxWidth(Double.MAX_VALUE);
            WholeNumberSpinners.forgivingAndRestoredOnLeaving(s);
        }
        init.setMaxWidth(Double.MAX_VALUE);
        source.setMaxWidth(Double.MAX_VALUE);

        // a trained model shown instead of the seed's: its initialization and input are not these settings'
        initialization.getChildren().addAll(FormLayout.section("Initialization"),
                grid(FormLayout.row("Scheme", init), FormLayout.row("Seed", seed)),
                gateBiasSet, sliderRow(gateBias, gateBiasValue),
                new Label("W_hh scale"), sliderRow(recurrentScale, recurrentScaleValue),
                rewind);
        input.getChildren().addAll(FormLayout.section("Input sequence"), source, lengthRow, customRow, sourceHint,
                new InputSketch(workspace));
        sourceHint.setWrapText(true);
        sourceHint.setMinHeight(Region.USE_PREF_SIZE);
        for (Label count : new Label[] {pytorchCount, textbookCount, problem}) {
            count.setWrapText(true);
            count.setMinHeight(Region.USE_PREF_SIZE);
        }
        gateBiasSet.setWrapText(true);
        undo.setId("workspace-undo");
        resetAll.setId("workspace-reset-all");
        undo.setTooltip(new Tooltip("Put back the settings as they were before your last change (Ctrl+Z)"));
        resetAll.setTooltip(new Tooltip("Every setting to how the workspace starts, the first timestep, unit 0 "
                + "(Undo brings your settings back)"));
        undo.disableProperty().bind(workspace.canUndoProperty().not());
        javafx.scene.layout.HBox history = new javafx.scene.layout.HBox(6, undo, resetAll);
        history.getStyleClass().add("history-row");
        getChildren().addAll(
                history,
                inspectionCard,
                FormLayout.section("Cell"), cellButtons,
                grid(FormLayout.row("RNN nonlinearity", nonlinearity)),
                FormLayout.section("Size"),
                grid(FormLayout.row("Hidden units", hidden), FormLayout.row("Layers", layers)), bidirectional,
                initialization,
                input,
                FormLayout.section("Follow"),
                follow,
                FormLayout.section("Parameters"),
                pytorchCount, textbookCount,
                problem);
        setPadding(new Insets(12));
    }

    private static GridPane grid(FormLayout.Row... rows) {
        GridPane g = FormLayout.grid(rows);
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private static HBox sliderRow(Slider slider, Label value) {
        HBox box = new HBox(8, slider, value);
        HBox.setHgrow(slider, Priority.ALWAYS);
        value.setMinWidth(44);
        return box;
    }

    /** The typed sequence over the whole width, its target on a row of its own (a narrow panel cut its label). */
    private VBox customRow() {
        customValues.setMaxWidth(Double.MAX_VALUE);
        customValues.setTooltip(new Tooltip("Numbers separated by commas, one per timestep; press Enter to apply"));
        customTarget.setTooltip(new Tooltip("The value the model should give after the last step; press Enter"));
        VBox box = new VBox(6, customValues, targetRow);
        return box;
    }

    private void initListeners() {
        cellButtons.getToggleGroup().selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                // keep one cell selected: clicking the selected toggle again does not clear it
                if (o != null) {
                    o.setSelected(true);
                }
                return;
            }
        });
        // the model changes on the user's click (an action), not on any change of the selection: the segmented
        // button's skin, created when the panel first joins a window, puts the toggles into its group again and
        // re-selects them on the way, which must not change the cell a lesson has just set
        for (ToggleButton b : cellToggles) {
            CellKind kind = (CellKind) b.getUserData();
            b.setOnAction(e -> {
                if (kind != workspace.settings().cell()) {
                    user(() -> workspace.setCell(kind));
                }
            });
        }
        cellButtons.skinProperty().addListener((obs, o, n) -> showSettings(workspace.settings()));
        nonlinearity.valueProperty().addListener((obs, o, n) -> user(() -> workspace.setNonlinearity(n)));
        hidden.valueProperty().addListener((obs, o, n) -> user(() -> workspace.setHiddenSize(n)));
        layers.valueProperty().addListener((obs, o, n) -> user(() -> workspace.setLayers(n)));
        bidirectional.selectedProperty().addListener((obs, o, n) -> user(() -> workspace.setBidirectional(n)));
        seed.valueProperty().addListener((obs, o, n) -> user(() -> workspace.setSeed(n)));
        init.valueProperty().addListener((obs, o, n) -> user(() -> workspace.setInit(n)));
        gateBiasSet.selectedProperty().addListener((obs, o, n) ->
                user(() -> workspace.setGateBias(n ? gateBias.getValue() : Double.NaN)));
        // the sliders' labels sit outside their rows: their names for a screen reader
        gateBias.setAccessibleText("Gate bias");
        recurrentScale.setAccessibleText("W_hh scale");
        tips();
        gateBias.valueProperty().addListener((obs, o, n) -> {
            gateBiasValue.setText(format(n.doubleValue()));
            if (gateBiasSet.isSelected()) {
                user(() -> workspace.setGateBias(round2(n.doubleValue())));
            }
        });
        recurrentScale.valueProperty().addListener((obs, o, n) -> {
            recurrentScaleValue.setText(format(n.doubleValue()));
            user(() -> workspace.setRecurrentScale(round2(n.doubleValue())));
        });
        source.valueProperty().addListener((obs, o, n) -> user(() -> {
            if (n == SequenceKind.CUSTOM) {
                applyCustom();
            } else {
                workspace.setSource(n);
            }
        }));
        length.valueProperty().addListener((obs, o, n) -> user(() -> workspace.setLength(n)));
        customValues.setOnAction(e -> applyCustom());
        customTarget.setOnAction(e -> applyCustom());
        rewind.setOnAction(e -> workspace.rewind());
        undo.setOnAction(e -> workspace.undo());
        resetAll.setOnAction(e -> workspace.resetAll());
        workspace.settingsProperty().addListener((obs, o, n) -> showSettings(n));
        workspace.resultProperty().addListener((obs, o, n) -> showResult(n));
        workspace.sealedProperty().addListener((obs, o, n) -> showCounts(workspace.result()));
        workspace.problemProperty().addListener((obs, o, n) -> problem.setText(n));
        workspace.inspectionProperty().addListener((obs, o, n) -> showInspection());
        showInspection();
    }

    /** A trained model's own weights and input replace the initialization and input settings on show. */
    private void showInspection() {
        boolean inspecting = workspace.inspectionProperty().get() != null;
        for (VBox section : new VBox[] {initialization, input}) {
            section.setVisible(!inspecting);
            section.setManaged(!inspecting);
        }
    }

    private void applyCustom() {
        if (workspace.settings().source() == SequenceKind.TEXT) {
            workspace.setTextInput(customValues.getText());
            return;
        }
        double target;
        try {
            target = customTarget.getText().isBlank() ? 0 : Double.parseDouble(customTarget.getText().trim());
        } catch (NumberFormatException e) {
            problem.setText("the target \"" + customTarget.getText().trim() + "\" is not a number");
            return;
        }
        workspace.setCustomInput(customValues.getText(), target);
    }

    /** Runs a change that came from the user, unless the panel is only showing the model's settings. */
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

    private void showSettings(WorkspaceSettings s) {
        quietly(() -> {
            cellToggles[s.cell().ordinal()].setSelected(true);
            nonlinearity.setValue(s.nonlinearity());
            nonlinearity.setDisable(s.cell() != CellKind.RNN);
            hidden.getValueFactory().setValue(s.hiddenSize());
            layers.getValueFactory().setValue(s.layers());
            bidirectional.setSelected(s.bidirectional());
            seed.getValueFactory().setValue((int) s.seed());
            init.setValue(s.init());
            boolean biasSet = !Double.isNaN(s.gateBias());
            gateBiasSet.setSelected(biasSet);
            gateBiasSet.setText(s.cell() == CellKind.GRU ? "Set update-gate bias" : "Set forget-gate bias");
            gateBiasSet.setDisable(s.cell() == CellKind.RNN);
            gateBias.setDisable(s.cell() == CellKind.RNN || !biasSet);
            if (biasSet) {
                gateBias.setValue(s.gateBias());
            }
            gateBiasValue.setText(biasSet ? format(s.gateBias()) : "default");
            recurrentScale.setValue(s.recurrentScale());
            recurrentScaleValue.setText(format(s.recurrentScale()));
            source.setValue(s.source());
            length.getValueFactory().setValue(s.length());
            // a typed sequence (numbers or a text) is as long as it is: no length beside it; a text has no target
            boolean typed = s.source() == SequenceKind.CUSTOM || s.source() == SequenceKind.TEXT;
            boolean text = s.source() == SequenceKind.TEXT;
            lengthRow.setVisible(!typed);
            lengthRow.setManaged(!typed);
            customRow.setVisible(typed);
            customRow.setManaged(typed);
            targetRow.setVisible(!text);
            targetRow.setManaged(!text);
            customValues.setPromptText(text ? "a text to read, e.g. ((()))" : "0.5, -0.3, 0.8, ...");
            customValues.getTooltip().setText(text ? "Characters, one per timestep; the target at each step is the "
                    + "next; press Enter to apply" : "Numbers separated by commas, one per timestep; press Enter to "
                    + "apply");
            if (typed || customValues.getText().isEmpty()) {
                customValues.setText(s.customValues());
                customTarget.setText(format(s.customTarget()));
            }
            sourceHint.setText(s.source().explanation());
        });
    }

    private void showResult(WorkspaceResult r) {
        if (r == null) {
            return;
        }
        showCounts(r);
    }

    /** The two parameter counts, or "?" for both while a lesson's prediction seals them (either gives the other). */
    private void showCounts(WorkspaceResult r) {
        if (r == null) {
            return;
        }
        boolean sealed = workspace.sealed().params();
        pytorchCount.setText((sealed ? Sealed.MARK : String.format(Locale.ROOT, "%,d", r.pytorchParameters()))
                + "  as PyTorch counts (2 biases)");
        textbookCount.setText((sealed ? Sealed.MARK : String.format(Locale.ROOT, "%,d", r.textbookParameters()))
                + "  as textbooks count (1 bias)");
        for (Label count : new Label[] {pytorchCount, textbookCount}) {
            count.setTooltip(sealed ? new Tooltip(Sealed.HOVER) : null);
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** What each setting does, as a tooltip and (through it) the screen reader's help text. */
    private void tips() {
        nonlinearity.setTooltip(new Tooltip(org.gatelab.vocabulary.ChoiceSetting.NONLINEARITY.help()));
        hidden.setTooltip(new Tooltip("Hidden units per layer (" + Ranges.HIDDEN.text() + "); type a number or use ↑ ↓"));
        layers.setTooltip(new Tooltip(org.gatelab.vocabulary.TrainingSetting.LAYERS.help() + " (" + Ranges.LAYERS.text() + ")"));
        seed.setTooltip(new Tooltip("The random seed of the initial weights: the same seed gives the same weights"));
        init.setTooltip(new Tooltip(org.gatelab.vocabulary.ChoiceSetting.INIT.help()));
        gateBias.setTooltip(new Tooltip("The gates' bias, applied while Set gate bias is ticked"));
        recurrentScale.setTooltip(new Tooltip("Multiplies the recurrent matrix W_hh: above 1 the state tends to grow, "
                + "below 1 to fade"));
        source.setTooltip(new Tooltip("The input sequence fed to the cell"));
        length.setTooltip(new Tooltip("Timesteps of the input sequence (" + Ranges.SEQUENCE_LENGTH.text() + ")"));
    }
}
