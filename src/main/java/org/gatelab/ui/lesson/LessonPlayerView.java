package org.gatelab.ui.lesson;

import org.gatelab.lesson.Glossary;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.Step;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;

/**
 * The open lesson beside the live views: its title, the step dots, the step's text and checks, the player's
 * messages, and Back / Next (Finish on the last step), "Reset this step" and "All lessons". PageDown / PageUp
 * and Alt+Right / Alt+Left move between steps when the learner is not typing in a field.
 */
public final class LessonPlayerView extends BorderPane {
    public static final String STYLE_CLASS = "lesson-pane";
    /** Set on a tall pane (a projector, a 4K screen): larger type. */
    public static final javafx.css.PseudoClass LARGE = javafx.css.PseudoClass.getPseudoClass("large");
    static final double LARGE_HEIGHT = 1000;

    private final LessonPlayerViewModel player;
    private final LessonPaths paths;
    private final Label title = new Label();
    private final Label stepLabel = new Label();
    private final FlowPane dots = new FlowPane();
    private final VBox body = new VBox();
    private final ScrollPane scroll = new ScrollPane(body);
    private final Label message = new Label();
    private final Button allLessons = new Button("‹ All lessons");
    private final Button collapse = new Button("⟨");
    private final Button reset = new Button("Reset this step");
    private final Button back = new Button("_Back");
    private final Button next = new Button("Next");
    private final List<CheckCard> cards = new ArrayList<>();
    private Runnable onCollapse = () -> { };

    public LessonPlayerView(LessonPlayerViewModel player, LessonPaths paths) {
        this.player = player;
        this.paths = paths;
        createView();
        initListeners();
        showStep();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        setId("lesson-pane");
        allLessons.setId("lesson-all");
        allLessons.getStyleClass().add("lesson-link-button");
        collapse.setId("lesson-collapse");
        collapse.getStyleClass().add("lesson-link-button");
        collapse.setTooltip(new Tooltip("Hide the lesson (the views get the whole window)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(allLessons, spacer, collapse);
        bar.getStyleClass().add("lesson-bar");

        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setId("lesson-title");
        stepLabel.getStyleClass().add("lesson-step-label");
        stepLabel.setId("lesson-step-label");
        dots.getStyleClass().add("lesson-dots");
        VBox header = new VBox(bar, title, stepLabel, dots);
        header.getStyleClass().add("lesson-header");

        body.getStyleClass().add("lesson-body");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lesson-scroll");

        message.getStyleClass().add("lesson-message");
        message.setWrapText(true);
        message.setId("lesson-message");
        message.setMinHeight(Region.USE_PREF_SIZE);
        reset.setId("lesson-reset");
        back.setId("lesson-back");
        next.setId("lesson-next");
        next.getStyleClass().add("lesson-next");
        reset.setTooltip(new Tooltip("Set the views up again as this step had them"));
        back.setTooltip(new Tooltip("The previous step (PageUp or Alt+Left)"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(reset, gap, back, next);
        buttons.getStyleClass().add("lesson-buttons");
        VBox footer = new VBox(message, buttons);
        footer.getStyleClass().add("lesson-footer");

        setTop(header);
        setCenter(scroll);
        setBottom(footer);
        setMinWidth(0);
    }

    private void initListeners() {
        heightProperty().addListener((obs, o, h) -> pseudoClassStateChanged(LARGE, h.doubleValue() >= LARGE_HEIGHT));
        player.lessonProperty().addListener((obs, o, l) -> showStep());
        player.stepIndexProperty().addListener((obs, o, i) -> showStep());
        player.progressVersionProperty().addListener((obs, o, v) -> showDots());
        player.verdicts().addListener((MapChangeListener<Integer, org.gatelab.viewmodel.lesson.CheckJudge.Verdict>)
                c -> {
                    int k = c.getKey();
                    if (k >= 0 && k < cards.size()) {
                        cards.get(k).show(c.getMap().get(k));
                        if (c.wasAdded()) {
                            reveal(cards.get(k));
                        }
                    }
                });
        player.messageProperty().addListener((obs, o, m) -> showMessage(m));
        showMessage(player.messageProperty().get());
        // keyboard focus moving through the checks scrolls them into view
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((x, was, now) -> scrollTo(now));
            }
        });
        allLessons.setOnAction(e -> player.close());
        collapse.setOnAction(e -> onCollapse.run());
        reset.setOnAction(e -> {
            player.resetStep();
            showStep();
        });
        back.setOnAction(e -> player.back());
        next.setOnAction(e -> {
            if (player.hasNext()) {
                player.next();
            } else {
                player.next();
                player.close();
            }
        });
    }

    /** What the collapse button does (the window hides the pane). */
    public void setOnCollapse(Runnable action) {
        onCollapse = action;
    }

    private int index(Lesson l) {
        return Math.max(0, Math.min(player.stepIndex(), l.steps().size() - 1));
    }

    private void showStep() {
        Lesson l = player.lesson();
        cards.clear();
        body.getChildren().clear();
        if (l == null) {
            title.setText("");
            stepLabel.setText("");
            dots.getChildren().clear();
            return;
        }
        int i = index(l);
        Step step = l.steps().get(i);
        MarkdownRenderer md = new MarkdownRenderer(paths, l.file().toAbsolutePath().getParent())
                .onGlossaryLink(term -> GlossaryPane.open(this, Glossary.bundled(), paths, term));
        title.setText(l.title());
        stepLabel.setText("Step " + (i + 1) + " of " + l.steps().size());
        if (i == 0 && !l.introduction().isBlank()) {
            Node intro = md.render(l.introduction());
            intro.getStyleClass().add("lesson-introduction");
            body.getChildren().add(intro);
        }
        Label heading = new Label(step.title());
        heading.getStyleClass().add("lesson-step-title");
        heading.setWrapText(true);
        heading.setId("lesson-step-title");
        heading.setMinHeight(Region.USE_PREF_SIZE);
        body.getChildren().addAll(heading, md.render(step.markdown()));
        for (int c = 0; c < step.checks().size(); c++) {
            CheckCard card = new CheckCard(player, step.checks().get(c), c, md::render);
            card.show(player.verdicts().get(c));
            cards.add(card);
            body.getChildren().add(card);
        }
        back.setDisable(!player.hasBack());
        boolean last = i == l.steps().size() - 1;
        next.setText(last ? "_Finish ✓" : "_Next ›");
        next.setTooltip(new Tooltip(last ? "Mark the lesson finished and go back to the list"
                : "The next step (PageDown or Alt+Right)"));
        scroll.setVvalue(0);
        showDots();
    }

    /**
     * Scrolls a check's verdict into view the moment it appears (it may land below the fold): the whole card when it
     * fits, else its bottom with the verdict.
     */
    private void reveal(CheckCard card) {
        if (getScene() == null) {
            return;
        }
        // lay the new verdict out now, so its place is known
        scroll.applyCss();
        scroll.layout();
        scrollTo(card);
        scrollTo(card.verdictNode());
    }

    /** Scrolls the step's text so that {@code node} (if it is in it) is in view. */
    void scrollTo(Node node) {
        boolean inBody = false;
        for (Node n = node; n != null; n = n.getParent()) {
            inBody |= n == body;
        }
        double view = scroll.getViewportBounds().getHeight();
        double extra = body.getHeight() - view;
        if (!inBody || extra <= 0) {
            return;
        }
        javafx.geometry.Bounds b = body.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * extra;
        if (b.getMinY() < top) {
            top = b.getMinY();
        } else if (b.getMaxY() > top + view) {
            top = b.getMaxY() - view;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / extra)));
    }

    private void showDots() {
        Lesson l = player.lesson();
        dots.getChildren().clear();
        if (l == null) {
            return;
        }
        int current = index(l);
        for (int s = 0; s < l.steps().size(); s++) {
            int target = s;
            Button dot = new Button(Integer.toString(s + 1));
            dot.getStyleClass().add("lesson-dot");
            if (player.stepFinished(l, s)) {
                dot.getStyleClass().add("lesson-dot-done");
            }
            if (s == current) {
                dot.getStyleClass().add("lesson-dot-current");
            }
            dot.setId("lesson-dot-" + s);
            dot.setTooltip(new Tooltip(l.steps().get(s).title() + (player.stepFinished(l, s) ? " (done)" : "")));
            dot.setOnAction(e -> player.goTo(target));
            dots.getChildren().add(dot);
        }
    }

    private void showMessage(String m) {
        boolean any = m != null && !m.isBlank();
        message.setText(any ? "⚠ " + m : "");
        message.setVisible(any);
        message.setManaged(any);
    }

    /**
     * PageDown / Alt+Right: next step; PageUp / Alt+Left: previous step, unless a text field has the focus.
     * The window calls this from its key filter while a lesson is open.
     */
    public void handleKey(KeyEvent e) {
        if (player.lesson() == null || getScene() == null
                || getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        boolean forward = code == KeyCode.PAGE_DOWN || (e.isAltDown() && code == KeyCode.RIGHT);
        boolean backward = code == KeyCode.PAGE_UP || (e.isAltDown() && code == KeyCode.LEFT);
        if (forward) {
            if (player.hasNext()) {
                player.next();
            }
            e.consume();
        } else if (backward) {
            player.back();
            e.consume();
        }
    }

    /** The card of check {@code index} of the shown step, for tests. */
    CheckCard card(int index) {
        return cards.get(index);
    }

    /** The shown message (empty if none), for tests. */
    String message() {
        return message.getText();
    }
}
