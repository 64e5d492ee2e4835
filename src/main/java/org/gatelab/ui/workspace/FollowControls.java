package org.gatelab.ui.workspace;

import java.util.Locale;
import java.util.stream.IntStream;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gatelab.engine.trace.Trace;
import org.gatelab.ui.forms.FormLayout;
import org.gatelab.ui.forms.WholeNumberSpinners;
import org.gatelab.viewmodel.workspace.SelectionModel;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Ranges;

/**
 * What every view of the workspace follows: the unit, the layer and, in a bidirectional model, the direction
 * (forward or reverse), with a note on how the reverse direction reads and what a bidirectional layer hands on.
 * The controls call the {@link SelectionModel} and follow it back.
 */
final class FollowControls extends VBox {
    final Spinner<Integer> unit = new Spinner<>(Ranges.UNIT.minInt(), Ranges.UNIT.maxInt(), 0);
    final ChoiceBox<Integer> layer = new ChoiceBox<>();
    final ChoiceBox<Direction> direction = new ChoiceBox<>();
    final Label note = new Label();
    private final WorkspaceViewModel workspace;
    private final GridPane directionRow;
    private boolean updating;

    FollowControls(WorkspaceViewModel workspace) {
        super(6);
        this.workspace = workspace;
        unit.setEditable(true);
        unit.setId("unit");
        unit.setMaxWidth(Double.MAX_VALUE);
        WholeNumberSpinners.forgivingAndRestoredOnLeaving(unit);
        direction.setId("direction");
        direction.getItems().setAll(Direction.values());
        direction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Direction d) {
                return d == null ? "" : d == Direction.FORWARD ? "Forward →" : "← Reverse";
            }

            @Override
            public Direction fromString(String s) {
                return null;
            }
        });
        unit.setTooltip(new Tooltip("The hidden unit the views single out"));
        layer.setTooltip(new Tooltip("The layer the views show"));
        direction.setTooltip(new Tooltip("Which direction of the layer the diagram, equations, heatmaps and "
                + "gradient flow show"));
        note.getStyleClass().add("hint-label");
        note.setId("direction-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        GridPane sizes = grid(FormLayout.row("Unit", unit), FormLayout.row("Layer", layer));
        directionRow = grid(FormLayout.row("Direction", direction));
        getChildren().addAll(sizes, directionRow, note);
        initListeners();
        showResult(workspace.result());
    }

    private static GridPane grid(FormLayout.Row... rows) {
        GridPane g = FormLayout.grid(rows);
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private void initListeners() {
        SelectionModel selection = workspace.selection();
        unit.valueProperty().addListener((obs, o, n) -> {
            if (!updating && n != null) {
                selection.selectUnit(n);
            }
        });
        layer.valueProperty().addListener((obs, o, n) -> {
            if (!updating && n != null) {
                selection.selectLayer(n - 1);
            }
        });
        direction.valueProperty().addListener((obs, o, n) -> {
            if (!updating && n != null) {
                selection.selectDirection(n);
            }
        });
        selection.unitProperty().addListener((obs, o, n) -> quietly(() -> unit.getValueFactory().setValue(n.intValue())));
        selection.layerProperty().addListener((obs, o, n) -> quietly(() -> layer.setValue(n.intValue() + 1)));
        selection.directionProperty().addListener((obs, o, n) -> {
            quietly(() -> direction.setValue(n));
            showNote(workspace.trace());
        });
        workspace.resultProperty().addListener((obs, o, n) -> showResult(n));
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

    private void showResult(WorkspaceResult r) {
        if (r == null) {
            return;
        }
        Trace trace = r.trace();
        quietly(() -> {
            ((IntegerSpinnerValueFactory) unit.getValueFactory()).setMax(trace.hiddenSize() - 1);
            unit.getValueFactory().setValue(workspace.selection().unit());
            layer.getItems().setAll(IntStream.rangeClosed(1, trace.layerCount()).boxed().toList());
            layer.setValue(workspace.selection().layer() + 1);
            layer.setDisable(trace.layerCount() == 1);
            direction.setValue(workspace.selection().direction());
        });
        directionRow.setVisible(trace.bidirectional());
        directionRow.setManaged(trace.bidirectional());
        showNote(trace);
    }

    /** How the chosen direction reads the sequence and what a bidirectional layer hands on; empty otherwise. */
    private void showNote(Trace trace) {
        boolean shown = trace != null && trace.bidirectional();
        note.setVisible(shown);
        note.setManaged(shown);
        if (!shown) {
            note.setText("");
            return;
        }
        int h = trace.hiddenSize();
        int last = trace.length() - 1;
        String reading = workspace.selection().direction() == Direction.REVERSE
                ? String.format(Locale.ROOT, "The reverse direction reads right to left, t = %d … 0: its step t "
                        + "reads xₜ and the h of step t+1 (at t = %d, its initial state).", last, last)
                : String.format(Locale.ROOT, "The forward direction reads left to right, t = 0 … %d: its step t "
                        + "reads xₜ and the h of step t−1.", last);
        note.setText(reading + String.format(Locale.ROOT, " Each layer hands on [h→ₜ ; h←ₜ], its %d forward and "
                + "%d reverse units side by side (%d values), to the layer above and, from the top layer, to the "
                + "readout.", h, h, 2 * h));
    }
}
