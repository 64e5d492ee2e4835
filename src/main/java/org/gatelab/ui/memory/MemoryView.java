package org.gatelab.ui.memory;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.gatelab.ui.forms.WholeNumberSpinners;
import org.gatelab.viewmodel.memory.MemorySource;
import org.gatelab.viewmodel.memory.MemoryViewModel;

/**
 * "What does this unit remember?": a bar of choices (the trained model, what to rank its units by, c or h, the
 * sequence, the unit), the figure, and one sentence about the chosen unit; "Show in the cell diagram" opens the
 * model, the sequence and the unit in the workspace. Built in two steps, {@link #createView()} then
 * {@link #initListeners()}; every number comes from the view model.
 */
public final class MemoryView extends BorderPane {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "memory-view";
    private static final String CELL = "cell state c";
    private static final String HIDDEN = "hidden state h";

    private final MemoryViewModel model;
    private final ComboBox<MemorySource> source = new ComboBox<>();
    private final ComboBox<String> quantity = new ComboBox<>();
    private final ComboBox<String> state = new ComboBox<>();
    private final Spinner<Integer> sequence = new Spinner<>(0, MemoryViewModel.SEQUENCES - 1, 0);
    private final Spinner<Integer> unit = new Spinner<>(0, 0, 0);
    private final Button diagram = new Button("Show in the cell diagram");
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final MemoryFigureView figure;
    private boolean updating;
    private Runnable onShowInWorkspace = () -> { };

    /** The view of {@code model}, made by the app. */
    public MemoryView(MemoryViewModel model) {
        this.model = model;
        this.figure = new MemoryFigureView(model);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        source.getItems().setAll(model.sources());
        source.setId("memory-model");
        source.setTooltip(new Tooltip("A trained model bundled with GateLab (assets/models), and the task it learnt"));
        quantity.setId("memory-quantity");
        quantity.setTooltip(new Tooltip("What the task asks the model to carry through time"));
        state.setId("memory-state");
        state.setTooltip(new Tooltip("Which state of each unit is read: the LSTM's c, or h"));
        for (Spinner<Integer> s : List.of(sequence, unit)) {
            s.setEditable(true);
            // 90 px at 13 px type, in em so the number stays whole as presenter mode's type grows
            s.setStyle("-fx-pref-width: 6.9em;");
            WholeNumberSpinners.forgiving(s);
        }
        sequence.setId("memory-sequence");
        sequence.setTooltip(new Tooltip("Which of the " + MemoryViewModel.SEQUENCES + " fresh sequences the right-hand "
                + "side follows"));
        unit.setId("memory-unit");
        unit.setTooltip(new Tooltip("The unit shown on the right; each new ranking picks the best"));
        diagram.setId("memory-show-diagram");
        diagram.setTooltip(new Tooltip("Open this model, sequence and unit in the workspace's cell diagram, between "
                + "the markers"));
        busy.setId("memory-busy");
        busy.setMaxSize(22, 22);
        FlowPane bar = new FlowPane(10, 6, labelled("Model", source), labelled("What it must carry", quantity),
                labelled("State", state), labelled("Sequence", sequence), labelled("Unit", unit), diagram, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("memory-bar");
        bar.setPadding(new Insets(8, 10, 6, 10));
        summary.setId("memory-summary");
        summary.getStyleClass().add("memory-summary");
        summary.setWrapText(true);
        problem.setId("memory-problem");
        problem.getStyleClass().add("problem-label");
        problem.setWrapText(true);
        VBox bottom = new VBox(4, summary, problem);
        bottom.setPadding(new Insets(4, 10, 8, 10));
        setTop(bar);
        // the figure keeps a height in em (390 px at 13 px type): at presenter mode's large type the view scrolls
        // rather than squeezing the gate and gradient plots to a line and the ranking over them
        figure.setStyle("-fx-min-height: 30em;");
        ScrollPane scroll = new ScrollPane(figure);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinSize(0, 0);
        setCenter(scroll);
        setBottom(bottom);
    }

    private static javafx.scene.Node labelled(String text, javafx.scene.Node control) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        l.setLabelFor(control);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void initListeners() {
        figure.initListeners();
        source.valueProperty().addListener((o, was, s) -> user(() -> model.setSource(s)));
        quantity.getSelectionModel().selectedIndexProperty().addListener((o, was, i) -> user(
                () -> model.setQuantity(i.intValue())));
        state.valueProperty().addListener((o, was, s) -> user(() -> model.setCellState(CELL.equals(s))));
        sequence.valueProperty().addListener((o, was, n) -> user(() -> model.setSequence(n)));
        unit.valueProperty().addListener((o, was, u) -> user(() -> model.selectUnit(u)));
        diagram.setOnAction(e -> {
            model.showInDiagram();
            onShowInWorkspace.run();
        });
        model.pictureProperty().addListener((o, was, r) -> show());
        model.unitProperty().addListener((o, was, u) -> show());
        model.busyProperty().addListener((o, was, b) -> show());
        model.quantitiesProperty().addListener((o, was, q) -> show());
        summary.textProperty().bind(model.summaryProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        // the first model is ranked when the tab is first shown
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                model.start();
            }
        });
        show();
    }

    /** What "Show in the cell diagram" does besides the model's part: the app switches to the workspace. */
    public void setOnShowInWorkspace(Runnable r) {
        onShowInWorkspace = r == null ? () -> { } : r;
    }

    private void user(Runnable change) {
        if (!updating) {
            change.run();
        }
    }

    /** Puts the model's values on the controls without calling it back. */
    private void show() {
        updating = true;
        try {
            source.setValue(model.sourceProperty().get());
            List<String> titles = model.quantityTitles();
            if (!quantity.getItems().equals(titles)) {
                quantity.getItems().setAll(titles);
            }
            if (model.quantityProperty().get() == null) {
                quantity.getSelectionModel().clearSelection();
            } else {
                quantity.getSelectionModel().select(model.quantitiesProperty().get().indexOf(
                        model.quantityProperty().get()));
            }
            boolean lstm = model.cellStateOfferedProperty().get();
            List<String> states = lstm ? List.of(CELL, HIDDEN) : List.of(HIDDEN);
            if (!state.getItems().equals(states)) {
                state.getItems().setAll(states);
            }
            state.setValue(model.readsCellProperty().get() ? CELL : HIDDEN);
            sequence.getValueFactory().setValue(model.sequenceProperty().get());
            int units = Math.max(1, model.unitsProperty().get());
            ((IntegerSpinnerValueFactory) unit.getValueFactory()).setMax(Math.max(0, units - 1));
            unit.getValueFactory().setValue(Math.max(0, model.unitProperty().get()));
            busy.setVisible(model.busyProperty().get());
            diagram.setDisable(model.pictureProperty().get() == null);
        } finally {
            updating = false;
        }
    }

    public MemoryViewModel model() {
        return model;
    }

}
