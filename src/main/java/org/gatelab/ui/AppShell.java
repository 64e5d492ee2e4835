package org.gatelab.ui;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.gatelab.ui.lesson.LessonDock;
import org.gatelab.ui.lesson.LessonListView;
import org.gatelab.ui.lesson.LessonPane;
import org.gatelab.ui.lesson.LessonSetup;
import org.gatelab.ui.theme.Theme;
import org.gatelab.ui.training.CompareView;
import org.gatelab.ui.training.TrainingLabView;
import org.gatelab.viewmodel.Session;
import org.gatelab.viewmodel.lesson.LessonPlayerModel;

/**
 * The window's content: the tabs (the lessons, the workspace with its views, the training lab, the RNN/LSTM/GRU
 * comparison) sharing one session, the theme switch in the corner, and while a lesson is open its pane docked
 * beside the tabs. A lesson step chooses the tab and the workspace's views; PageDown / PageUp step through it.
 */
public final class AppShell extends StackPane {
    private final MainView workspace;
    private final TrainingLabView training;
    private final CompareView compare;
    private final TabPane tabs = new TabPane();
    private final Tab workspaceTab;
    private final Tab trainingTab;
    private final Tab compareTab;
    private final ToggleButton dark = new ToggleButton("Dark");
    private final LessonPlayerModel player;
    private final Tab lessonsTab;
    private final LessonListView lessonList;
    private final LessonDock dock;

    /** The window without lessons. */
    public AppShell(Session session) {
        this(session, null);
    }

    /** @param lessons what the lessons need, or null for a window without the lessons tab */
    public AppShell(Session session, LessonSetup lessons) {
        workspace = new MainView(session);
        training = new TrainingLabView(session);
        compare = new CompareView(session);
        workspaceTab = new Tab("Workspace", workspace);
        trainingTab = new Tab("Training lab", training);
        compareTab = new Tab("Compare RNN · LSTM · GRU", compare);
        workspaceTab.setId("tab-workspace");
        trainingTab.setId("tab-training");
        compareTab.setId("tab-compare");
        tabs.getTabs().setAll(workspaceTab, trainingTab, compareTab);
        if (lessons != null) {
            player = lessons.player().apply(training.model());
            lessonList = new LessonListView(player, lessons.opener());
            lessonsTab = new Tab("Lessons", lessonList);
            lessonsTab.setId("tab-lessons");
            tabs.getTabs().add(0, lessonsTab);
            tabs.getSelectionModel().select(lessonsTab);
            dock = new LessonDock(tabs, new LessonPane(player, lessons.paths()), player);
        } else {
            player = null;
            lessonList = null;
            lessonsTab = null;
            dock = null;
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("app-tabs");
        dark.setId("dark-theme");
        dark.setFocusTraversable(false);
        dark.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        StackPane.setAlignment(dark, Pos.TOP_RIGHT);
        StackPane.setMargin(dark, new Insets(4, 8, 0, 0));
        getChildren().setAll(dock != null ? dock : tabs, dark);
        initListeners();
        if (player != null) {
            initLessonListeners();
        }
    }

    private void initListeners() {
        dark.selectedProperty().addListener((obs, o, n) -> themeProperty().set(n ? Theme.DARK : Theme.LIGHT));
        themeProperty().addListener((obs, o, t) -> applyTheme());
        // a tab's content may join the scene only when first shown: give it the current palette then
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, o, tab) -> applyTheme());
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
                applyTheme();
            }
        });
        // "Inspect in workspace" in the training lab switches to the workspace
        training.setOnInspect(() -> tabs.getSelectionModel().select(workspaceTab));
    }

    /** Lesson keys first (while a lesson is open), then the workspace's (while it is shown). */
    private void handleKey(KeyEvent e) {
        if (dock != null && player.lesson() != null) {
            dock.pane().handleKey(e);
            if (e.isConsumed() || within(dock.pane(), getScene().getFocusOwner())) {
                return;
            }
        }
        if (tabs.getSelectionModel().getSelectedItem() == workspaceTab) {
            workspace.handleKey(e);
        }
    }

    private static boolean within(Node parent, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    /** A step chooses the tab and the views; closing a lesson goes back to the list. */
    private void initLessonListeners() {
        player.tabProperty().addListener((obs, o, t) -> {
            if (t != null) {
                tabs.getSelectionModel().select(switch (t) {
                    case WORKSPACE -> workspaceTab;
                    case TRAINING -> trainingTab;
                    case COMPARE -> compareTab;
                });
            }
        });
        player.viewsProperty().addListener((obs, o, v) -> workspace.showViews(v));
        workspace.showViews(player.viewsProperty().get());
        player.lessonProperty().addListener((obs, o, l) -> {
            if (l == null) {
                tabs.getSelectionModel().select(lessonsTab);
            }
        });
    }

    /** Reads the lessons (off the FX thread) and looks for changed lesson files every two seconds. */
    public void startLessons() {
        if (player != null) {
            player.shelf().reload();
            lessonList.startWatching();
        }
    }

    /** The lesson player, or null in a window without lessons. */
    public LessonPlayerModel player() {
        return player;
    }

    /** The lesson list, or null in a window without lessons. */
    public LessonListView lessonList() {
        return lessonList;
    }

    /** The dock of the lesson pane, or null in a window without lessons. */
    public LessonDock lessonDock() {
        return dock;
    }

    /** The theme of the whole window (the workspace's property, shared). */
    public ObjectProperty<Theme> themeProperty() {
        return workspace.themeProperty();
    }

    private void applyTheme() {
        Theme t = themeProperty().get();
        if (getScene() != null) {
            t.applyTo(getScene());
        }
        t.applyPalette(this);
    }

    /** Stops the training lab's worker; call when the window closes. */
    public void dispose() {
        if (lessonList != null) {
            lessonList.stopWatching();
        }
        training.dispose();
        compare.model().cancel();
    }

    public MainView workspace() {
        return workspace;
    }

    public TrainingLabView training() {
        return training;
    }

    public CompareView compare() {
        return compare;
    }

    public TabPane tabs() {
        return tabs;
    }
}
