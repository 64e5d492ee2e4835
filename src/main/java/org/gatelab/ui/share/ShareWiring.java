package org.gatelab.ui.share;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Tab;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.gatelab.lesson.SceneTab;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.share.ShareViewModel;
import org.gatelab.vocabulary.ViewKind;

/**
 * Puts the Scene menu in the window's corner and its notice under it, opens a scene file or scene text dropped on
 * the window, and shows the tab and the views a scene opened asks for.
 */
public final class ShareWiring {
    private final AppView shell;
    private final ShareViewModel model;
    private final SceneFileChooser chooser;
    private final ShareNotice notice;

    private ShareWiring(AppView shell, ShareViewModel model, SceneFileChooser chooser) {
        this.shell = shell;
        this.model = model;
        this.chooser = chooser;
        this.notice = new ShareNotice(model);
    }

    public static ShareWiring install(AppView shell, ShareViewModel model, SceneFileChooser chooser) {
        ShareWiring w = new ShareWiring(shell, model, chooser);
        shell.corner().getChildren().add(0, new ShareMenu(new ShareMenu.Actions(w::copy, w::copyLink, w::paste,
                w::open, w::save)));
        StackPane.setAlignment(w.notice, Pos.TOP_RIGHT);
        StackPane.setMargin(w.notice, new Insets(36, 8, 0, 0));
        shell.getChildren().add(w.notice);
        shell.addEventHandler(DragEvent.DRAG_OVER, w::dragOver);
        shell.addEventHandler(DragEvent.DRAG_DROPPED, w::dropped);
        model.openedProperty().addListener((obs, o, opened) -> {
            if (opened != null) {
                w.show(opened);
            }
        });
        return w;
    }

    /** The part of the app on show, as a scene names it (the lessons' list counts as the workspace). */
    public SceneTab tab() {
        Tab t = shell.tabs().getSelectionModel().getSelectedItem();
        String id = t == null ? "" : String.valueOf(t.getId());
        return switch (id) {
            case "tab-training" -> SceneTab.TRAINING;
            case "tab-compare" -> SceneTab.COMPARE;
            case "tab-seq2seq" -> SceneTab.SEQ2SEQ;
            default -> SceneTab.WORKSPACE;
        };
    }

    private List<ViewKind> views() {
        return shell.workspace().shownViews();
    }

    public void copy() {
        put(model.copy(tab(), views()));
    }

    public void copyLink() {
        put(model.copyLink(tab(), views()));
    }

    private static void put(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    public void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        model.openText(text == null ? "" : text, "the clipboard");
    }

    public void open() {
        Path file = chooser.open(window());
        if (file != null) {
            model.open(file);
        }
    }

    public void save() {
        Path file = chooser.save(window(), "scene" + ShareViewModel.EXTENSION);
        if (file != null) {
            model.save(file, tab(), views());
        }
    }

    private Window window() {
        return shell.getScene() == null ? null : shell.getScene().getWindow();
    }

    private void dragOver(DragEvent e) {
        Dragboard d = e.getDragboard();
        if (e.getGestureSource() == null && (d.hasFiles() && d.getFiles().size() == 1 || d.hasString())) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        Dragboard d = e.getDragboard();
        if (d.hasFiles() && d.getFiles().size() == 1) {
            File f = d.getFiles().get(0);
            model.open(f.toPath());
        } else if (d.hasString()) {
            model.openText(d.getString(), "the dropped text");
        } else {
            return;
        }
        e.setDropCompleted(true);
        e.consume();
    }

    private void show(ShareViewModel.Opened opened) {
        String id = switch (opened.tab()) {
            case WORKSPACE -> "tab-workspace";
            case TRAINING -> "tab-training";
            case COMPARE -> "tab-compare";
            case LANGUAGE -> "tab-language";
            case MEMORY -> "tab-memory";
            case SEQ2SEQ -> "tab-seq2seq";
        };
        shell.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> shell.tabs().getSelectionModel().select(t));
        shell.workspace().showViews(opened.views());
    }

    /** The text of the notice on show (empty when none). */
    public String noticeText() {
        return notice.isVisible() ? notice.text() : "";
    }
}
