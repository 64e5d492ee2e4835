package org.gatelab.ui.workspace;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gatelab.viewmodel.workspace.Inspection;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * At the top of the workspace's settings while a model other than the seed's is shown (a trained one from the
 * training lab or a lesson): what the model is and what it runs on, in place of the initialization and input
 * settings, which do not describe it, and a button back to the seed's weights.
 */
final class InspectionCard extends VBox {
    static final String STYLE_CLASS = "inspection-card";

    private final WorkspaceViewModel workspace;
    private final Label what = new Label();
    private final Label input = new Label();

    InspectionCard(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        getStyleClass().add(STYLE_CLASS);
        setId("inspection-card");
        Label title = new Label("Showing a model of its own");
        title.getStyleClass().add("section-title");
        what.setId("inspection-model");
        input.setId("inspection-input");
        for (Label l : new Label[] {what, input}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        input.getStyleClass().add("hint-label");
        Label note = new Label("Its weights are its own: the seed, the scheme, the gate bias and the W_hh scale do not "
                + "apply. Changing a setting goes back to the seed's weights.");
        note.getStyleClass().add("hint-label");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        Button back = new Button("Back to the seed's weights");
        back.setId("inspection-back");
        back.setMaxWidth(Double.MAX_VALUE);
        back.setTooltip(new Tooltip("Show the model the settings below describe, with the seed's initial weights"));
        back.setOnAction(e -> workspace.stopInspecting());
        getChildren().addAll(title, what, input, note, back);
        workspace.inspectionProperty().addListener((obs, o, n) -> show(n));
        show(workspace.inspectionProperty().get());
    }

    private void show(Inspection i) {
        setVisible(i != null);
        setManaged(i != null);
        what.setText(i == null ? "" : capitalised(i.label()));
        input.setText(i == null ? "" : i.inputWords());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
