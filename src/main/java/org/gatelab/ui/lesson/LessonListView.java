package org.gatelab.ui.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.lesson.LessonShelf;

/**
 * The lessons on offer, as cards (a broken lesson as an error card with its {@code file:line: message} lines,
 * a sound one with the learner's steps and checks), the teacher's lessons folder with "Open folder" and "Reload",
 * and "Export my results…", which saves the learner's answers as CSV to hand in. While the app runs the folders are
 * watched ({@link #startWatching()}): a file added, changed or removed is read again within about two seconds.
 */
public final class LessonListView extends BorderPane {
    public static final String STYLE_CLASS = "lesson-list";
    /** Set on a tall pane (a projector, a 4K screen): larger type. */
    public static final javafx.css.PseudoClass LARGE = javafx.css.PseudoClass.getPseudoClass("large");
    static final double LARGE_HEIGHT = 1000;
    /** How often the lesson folders are looked at for changes. */
    public static final Duration POLL = Duration.seconds(2);

    private final LessonPlayerViewModel player;
    private final LessonShelf shelf;
    private final FolderOpener opener;
    private final ResultsChooser results;
    /** Held here: the shelf's unmodifiable view only weakly keeps its listeners. */
    private final ObservableList<ParsedLesson> lessons;
    private final FlowPane cards = new FlowPane();
    private final Label status = new Label();
    private final Label folderNote = new Label();
    private final Label message = new Label();
    private final Label exportStatus = new Label();
    private final TextField folderPath = new TextField();
    private final Timeline poll;

    /** @param opener opens the teacher's folder in the file manager; null shows only the path */
    public LessonListView(LessonPlayerViewModel player, FolderOpener opener) {
        this(player, opener, ResultsChooser.DIALOG);
    }

    /** @param results asks where to save the learner's results */
    public LessonListView(LessonPlayerViewModel player, FolderOpener opener, ResultsChooser results) {
        this.player = player;
        this.shelf = player.shelf();
        this.opener = opener;
        this.results = results;
        this.lessons = shelf.lessons();
        poll = new Timeline(new KeyFrame(POLL, e -> shelf.reloadIfChanged()));
        poll.setCycleCount(Animation.INDEFINITE);
        createView();
        initListeners();
        showCards();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        setId("lesson-list");
        Label title = new Label("Lessons");
        title.getStyleClass().add("lesson-list-title");
        Label intro = new Label("Each lesson sets the live views up step by step, asks you to predict, then "
                + "checks your answer against the engine. Your progress is saved as you go.");
        intro.getStyleClass().add("lesson-list-intro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        Label folderLabel = new Label("Your own lessons:");
        folderLabel.getStyleClass().add("field-label");
        folderPath.setEditable(false);
        folderPath.setId("lesson-folder-path");
        folderPath.getStyleClass().add("lesson-folder-path");
        folderPath.setTooltip(new Tooltip("The folder GateLab reads your own lessons from (select to copy)"));
        folderPath.setText(shelf.userFolder() == null ? "" : shelf.userFolder().toString());
        HBox.setHgrow(folderPath, Priority.ALWAYS);
        Button open = new Button("Open folder");
        open.setId("lesson-open-folder");
        open.setTooltip(new Tooltip("Open the folder in your file manager; drop lesson files (.md) into it"));
        open.setOnAction(e -> openFolder());
        Button reload = new Button("Reload");
        reload.setId("lesson-reload");
        reload.setTooltip(new Tooltip("Read every lesson file again"));
        reload.setOnAction(e -> shelf.reload());
        HBox folder = new HBox(folderLabel, folderPath, open, reload);
        folder.getStyleClass().add("lesson-folder-row");
        folderNote.getStyleClass().add("hint-label");
        folderNote.setId("lesson-folder-note");
        folderNote.setText("Lesson files dropped into this folder appear here by themselves. "
                + "Format: lessons/README.md.");
        message.getStyleClass().add("lesson-message");
        message.setWrapText(true);
        message.setId("lesson-list-message");
        status.getStyleClass().add("hint-label");
        status.setId("lesson-list-status");
        Button export = new Button("Export my results…");
        export.setId("lesson-export-results");
        export.setTooltip(new Tooltip("Save every check you met (first answer, right or not, attempts, skipped, "
                + "seconds) as a CSV file to hand in"));
        export.setOnAction(e -> exportResults());
        exportStatus.getStyleClass().add("hint-label");
        exportStatus.setId("lesson-export-status");
        exportStatus.setWrapText(true);
        exportStatus.textProperty().bind(player.exportStatusProperty());
        HBox exportRow = new HBox(export, exportStatus);
        exportRow.getStyleClass().add("lesson-folder-row");

        VBox header = new VBox(title, intro, folder, folderNote, exportRow, message, status);
        header.getStyleClass().add("lesson-list-header");
        cards.getStyleClass().add("lesson-cards");
        VBox content = new VBox(header, cards);
        content.getStyleClass().add("lesson-list-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lesson-list-scroll");
        setCenter(scroll);
    }

    private void initListeners() {
        heightProperty().addListener((obs, o, h) -> pseudoClassStateChanged(LARGE, h.doubleValue() >= LARGE_HEIGHT));
        lessons.addListener((ListChangeListener<ParsedLesson>) c -> showCards());
        player.progressVersionProperty().addListener((obs, o, v) -> showCards());
        shelf.loadingProperty().addListener((obs, o, v) -> showStatus());
        player.messageProperty().addListener((obs, o, m) -> showMessage(m));
        showMessage(player.messageProperty().get());
    }

    /** Looks for new and changed lesson files every {@link #POLL} until {@link #stopWatching()}. */
    public void startWatching() {
        poll.play();
    }

    public void stopWatching() {
        poll.stop();
    }

    private void openFolder() {
        Path folder;
        try {
            folder = shelf.ensureUserFolder();
        } catch (Exception e) {
            folderNote.setText("Could not create the folder: " + e.getMessage());
            return;
        }
        if (opener == null) {
            folderNote.setText("Open this folder in your file manager: " + folder);
            return;
        }
        try {
            opener.open(folder);
            folderNote.setText("Opened " + folder + " in your file manager.");
        } catch (Exception e) {
            folderNote.setText("Could not open the file manager (" + e.getMessage() + "); the folder is " + folder);
        }
    }

    private void exportResults() {
        Path file = results.choose(getScene() == null ? null : getScene().getWindow(), "gatelab-results.csv");
        if (file != null) {
            player.exportResults(file);
        }
    }

    private void showCards() {
        List<Node> out = new ArrayList<>();
        for (ParsedLesson p : lessons) {
            if (p.ok()) {
                Lesson l = p.lesson();
                out.add(new LessonCard(l, player.standing(l), prerequisiteTitles(l), () -> player.open(l),
                        () -> player.restart(l)));
            } else {
                out.add(new BrokenLessonCard(p));
            }
        }
        cards.getChildren().setAll(out);
        showStatus();
    }

    private List<String> prerequisiteTitles(Lesson l) {
        List<String> titles = new ArrayList<>();
        for (String id : l.prerequisites()) {
            Lesson pre = shelf.byId(id);
            titles.add(pre == null ? id : pre.title() + (player.finished(pre) ? " ✓" : ""));
        }
        return titles;
    }

    private void showStatus() {
        if (shelf.loadingProperty().get()) {
            status.setText("Reading the lessons…");
        } else if (lessons.isEmpty()) {
            status.setText("No lessons found. Put lesson files (.md) into the folder above.");
        } else {
            long broken = lessons.stream().filter(p -> !p.ok()).count();
            status.setText(lessons.size() + (lessons.size() == 1 ? " lesson" : " lessons")
                    + (broken > 0 ? ", " + broken + " with problems" : ""));
        }
    }

    private void showMessage(String m) {
        boolean any = m != null && !m.isBlank();
        message.setText(any ? "⚠ " + m : "");
        message.setVisible(any);
        message.setManaged(any);
    }

    /** The card of a sound lesson, or null; for tests. */
    LessonCard card(String lessonId) {
        return cards.getChildren().stream().filter(n -> n instanceof LessonCard
                && ("lesson-card-" + lessonId).equals(n.getId())).map(n -> (LessonCard) n).findFirst().orElse(null);
    }

    /** The error cards, in order; for tests. */
    List<BrokenLessonCard> brokenCards() {
        return cards.getChildren().stream().filter(n -> n instanceof BrokenLessonCard)
                .map(n -> (BrokenLessonCard) n).toList();
    }

    /** The status line under the folder, for tests. */
    String folderNote() {
        return folderNote.getText();
    }
}
