package org.gatelab.ui.help;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gatelab.ui.lesson.FolderOpener;

/**
 * Help > About: the version, the system, and where the log is, selectable, with a button that copies all of it
 * for a bug report and one that opens the log's folder.
 */
public final class AboutPane extends VBox {
    private final TextArea details = new TextArea();
    private final Label feedback = new Label();

    public AboutPane(AboutInfo info, FolderOpener opener) {
        getStyleClass().add("about-pane");
        getStylesheets().add(AboutPane.class.getResource("/org/gatelab/ui/help/help.css").toExternalForm());
        setId("about");
        Label title = new Label("GateLab " + info.version());
        title.getStyleClass().add("about-title");
        Label what = new Label("See inside RNN, LSTM and GRU cells: gates, gradients and training, animated. "
                + "Open source. To report a problem, attach the log below and say what you did.");
        what.setWrapText(true);
        details.setText(info.details());
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        details.setId("about-details");
        details.getStyleClass().add("about-details");
        Button copy = new Button("Copy details");
        copy.setId("about-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(info.details());
            Clipboard.getSystemClipboard().setContent(content);
            feedback.setText("Copied.");
        });
        Button openLog = new Button("Open the log's folder");
        openLog.setId("about-open-log");
        openLog.setDisable(info.logFile() == null);
        openLog.setOnAction(e -> {
            Path folder = info.logFile().toAbsolutePath().getParent();
            try {
                opener.open(folder);
                feedback.setText("");
            } catch (Exception ex) {
                feedback.setText("Could not open it here; the folder is " + folder);
            }
        });
        feedback.getStyleClass().add("about-feedback");
        Button close = new Button("Close");
        close.setId("about-close");
        close.setCancelButton(true); // Esc closes it too
        close.setOnAction(e -> {
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().hide();
            }
        });
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox buttons = new HBox(8, copy, openLog, feedback, spacer, close);
        buttons.getStyleClass().add("about-buttons");
        getChildren().addAll(title, what, details, buttons);
    }

    public String detailsText() {
        return details.getText();
    }
}
