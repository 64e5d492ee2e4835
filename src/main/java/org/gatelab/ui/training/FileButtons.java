package org.gatelab.ui.training;

import java.io.File;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.gatelab.viewmodel.training.TrainingLabViewModel;

/**
 * Save and load a trained model (.safetensors) and the experiment's settings (.json). The buttons only open a
 * file chooser; the view model does the reading and writing, and says how it went.
 */
final class FileButtons extends GridPane {
    static final String STYLE_CLASS = "lab-file-buttons";
    static final String BUTTON_STYLE_CLASS = "lab-file-button";

    private final TrainingLabViewModel model;
    private final Button saveModel = button("Save model…", "save-model",
            "The current model (the last good parameters) as .safetensors, with PyTorch's names");
    private final Button loadModel = button("Load model…", "load-model",
            "A .safetensors model for the chosen task: its predictions, to inspect or save");
    private final Button saveSettings = button("Save settings…", "save-settings",
            "The task and training settings as a small JSON file");
    private final Button loadSettings = button("Load settings…", "load-settings",
            "Task and training settings from a JSON file saved here");

    FileButtons(TrainingLabViewModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(half, half);
        add(saveModel, 0, 0);
        add(loadModel, 1, 0);
        add(saveSettings, 0, 1);
        add(loadSettings, 1, 1);
        saveModel.setOnAction(e -> choose(true, "Save the model", "model.safetensors", safetensors(),
                model::saveModel));
        loadModel.setOnAction(e -> choose(false, "Load a model", null, safetensors(), model::loadModel));
        saveSettings.setOnAction(e -> choose(true, "Save the settings", "experiment.json", json(),
                model::saveSettings));
        loadSettings.setOnAction(e -> choose(false, "Load settings", null, json(), model::loadSettings));
        model.snapshotProperty().addListener((obs, o, n) -> update());
        model.lockedProperty().addListener((obs, o, n) -> update());
        update();
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(BUTTON_STYLE_CLASS);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static FileChooser.ExtensionFilter safetensors() {
        return new FileChooser.ExtensionFilter("Safetensors models", "*.safetensors");
    }

    private static FileChooser.ExtensionFilter json() {
        return new FileChooser.ExtensionFilter("Experiment settings (JSON)", "*.json");
    }

    private void choose(boolean save, String title, String name, FileChooser.ExtensionFilter filter,
                        Consumer<java.nio.file.Path> action) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filter, new FileChooser.ExtensionFilter("All files", "*.*"));
        if (name != null) {
            chooser.setInitialFileName(name);
        }
        Window owner = getScene() == null ? null : getScene().getWindow();
        File file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (file != null) {
            action.accept(file.toPath());
        }
    }

    private void update() {
        boolean locked = model.lockedProperty().get();
        saveModel.setDisable(!model.hasModel());
        loadModel.setDisable(locked);
        loadSettings.setDisable(locked);
    }

    Button saveModelButton() {
        return saveModel;
    }

    Button loadModelButton() {
        return loadModel;
    }
}
