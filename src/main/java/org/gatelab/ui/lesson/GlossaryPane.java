package org.gatelab.ui.lesson;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gatelab.lesson.Glossary;
import org.gatelab.lesson.LessonPaths;

/**
 * The course's glossary (Help &gt; Glossary, and a click on a glossary link in a lesson): the terms on the left, the
 * chosen one's explanation on the right with its maths typeset; a link to another term opens that term.
 */
public final class GlossaryPane extends BorderPane {
    private static Stage window;
    private final ListView<Glossary.Entry> terms = new ListView<>();
    private final VBox page = new VBox();
    private final MarkdownRenderer md;

    public GlossaryPane(Glossary glossary, LessonPaths paths) {
        setId("glossary");
        getStyleClass().add("glossary-pane");
        md = new MarkdownRenderer(paths, null).onGlossaryLink(this::show);
        terms.setId("glossary-terms");
        terms.getItems().setAll(glossary.entries());
        terms.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Glossary.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.term());
            }
        });
        terms.setPrefWidth(250);
        terms.getSelectionModel().selectedItemProperty().addListener((obs, o, e) -> showEntry(e));
        page.getStyleClass().addAll("lesson-pane", "glossary-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setLeft(terms);
        setCenter(scroll);
        setPrefSize(820, 500);
        if (!terms.getItems().isEmpty()) {
            terms.getSelectionModel().select(0);
        }
    }

    /** Shows the term {@code id} (an unknown id changes nothing). */
    public void show(String id) {
        for (Glossary.Entry e : terms.getItems()) {
            if (e.id().equals(id)) {
                terms.getSelectionModel().select(e);
                terms.scrollTo(e);
                return;
            }
        }
    }

    /** The term on show, or null. */
    public Glossary.Entry shown() {
        return terms.getSelectionModel().getSelectedItem();
    }

    private void showEntry(Glossary.Entry e) {
        if (e == null) {
            page.getChildren().clear();
            return;
        }
        Label title = new Label(e.term());
        title.getStyleClass().add("lesson-title");
        page.getChildren().setAll(title, md.render(e.markdown()));
    }

    /**
     * Opens the glossary window at term {@code id} (null: where it was), over {@code from}'s window and in its
     * style sheets (theme); one glossary window at a time.
     */
    public static GlossaryPane open(Node from, Glossary glossary, LessonPaths paths, String id) {
        if (window == null) {
            window = new Stage();
            window.setTitle("GateLab · Glossary");
            window.setScene(new Scene(new GlossaryPane(glossary, paths)));
            window.setOnHidden(e -> window = null);
            Window owner = from.getScene() == null ? null : from.getScene().getWindow();
            if (owner != null) {
                window.initOwner(owner);
            }
        }
        if (from.getScene() != null) {
            window.getScene().getStylesheets().setAll(from.getScene().getStylesheets());
        }
        GlossaryPane pane = (GlossaryPane) window.getScene().getRoot();
        if (id != null) {
            pane.show(id);
        }
        window.show();
        window.toFront();
        return pane;
    }
}
