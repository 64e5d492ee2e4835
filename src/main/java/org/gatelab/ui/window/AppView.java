package org.gatelab.ui.window;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.gatelab.export.ExportTheme;
import org.gatelab.ui.canvas.CanvasLook;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.compare.CompareView;
import org.gatelab.ui.export.ExportActions;
import org.gatelab.ui.lesson.LessonCaption;
import org.gatelab.ui.lesson.LessonDock;
import org.gatelab.ui.lesson.LessonListView;
import org.gatelab.ui.lesson.LessonPlayerView;
import org.gatelab.ui.lesson.LessonSetup;
import org.gatelab.ui.presenter.FullScreen;
import org.gatelab.ui.presenter.KeyHelpOverlay;
import org.gatelab.ui.presenter.PresenterControl;
import org.gatelab.ui.presenter.PresenterKeys;
import org.gatelab.ui.presenter.PresenterLook;
import org.gatelab.ui.presenter.ScaleBadge;
import org.gatelab.ui.training.TrainingLabView;
import org.gatelab.ui.workspace.WorkspaceView;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.export.ExportModel;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.window.AppViewModel;
import org.gatelab.viewmodel.window.PresenterMode;

/**
 * The window's content: the tabs (the lessons, the workspace with its views, the training lab, the RNN/LSTM/GRU
 * comparison) sharing one session, presenter mode's settings and the theme switch in the corner, and while a
 * lesson is open its pane docked beside the tabs. A lesson step chooses the tab and the workspace's views;
 * PageDown / PageUp step through it. F5 presents ({@link PresenterMode}): full screen, the chrome hidden, large
 * type and a high-contrast palette; {@link org.gatelab.ui.presenter.KeyHelp the keys} drive the class. The theme
 * and the presenter scale are remembered in the {@link SettingsModel}.
 */
public final class AppView extends StackPane {
    private final WorkspaceView workspace;
    private final TrainingLabView training;
    private final CompareView compare;
    private final TabPane tabs = new TabPane();
    private final Tab workspaceTab;
    private final Tab trainingTab;
    private final Tab compareTab;
    private final ToggleButton dark = new ToggleButton("Dark");
    private final LessonPlayerViewModel player;
    private final Tab lessonsTab;
    private final LessonListView lessonList;
    private final LessonDock dock;
    private final SettingsModel settings;
    /** The workspace's exports: their theme starts as the window's. */
    private final ExportModel exports;
    private final PresenterMode presenter;
    private final KeyHelpOverlay keyHelp = new KeyHelpOverlay();
    private final ScaleBadge scaleBadge;
    private final PresenterKeys presenterKeys;
    private final HBox corner;
    private final FullScreen fullScreen;
    /** Set after the first layout pass, when the skins have added their controls and they got their names. */
    private boolean namedAfterLayout;
    /** Presenter mode's band with the lesson step's title and questions (null without lessons). */
    private final LessonCaption caption;
    /** Every canvas's look (palette, scale, type floor), installed in the window's scene. */
    private final ObjectProperty<CanvasLook> look = new SimpleObjectProperty<>(this, "look",
            CanvasLook.monitor(Theme.LIGHT.palette()));

    /**
     * @param app     the window's view models, made by the app
     * @param lessons what the lesson views need, or null for a window without the lessons tab (then
     *                {@code app.lessons()} is null too)
     */
    public AppView(AppViewModel app, LessonSetup lessons) {
        SettingsModel settings = app.settings();
        this.settings = settings;
        presenter = app.presenter();
        fullScreen = new FullScreen(() -> presenter.exit());
        exports = app.exports();
        workspace = new WorkspaceView(app.workspace(), app.unrolled(), app.weights(), ExportActions.standard(exports,
                () -> getScene() == null ? null : getScene().getWindow()));
        training = new TrainingLabView(app.training());
        compare = new CompareView(app.compare());
        workspaceTab = new Tab("Workspace");
        trainingTab = new Tab("Training lab");
        compareTab = new Tab("Compare RNN · LSTM · GRU");
        workspaceTab.setId("tab-workspace");
        trainingTab.setId("tab-training");
        compareTab.setId("tab-compare");
        tabs.getTabs().setAll(workspaceTab, trainingTab, compareTab);
        if (app.lessons() != null && lessons != null) {
            player = app.lessons();
            lessonList = new LessonListView(player, lessons.opener(), lessons.results());
            lessonsTab = new Tab("Lessons", lessonList);
            lessonsTab.setId("tab-lessons");
            tabs.getTabs().add(0, lessonsTab);
            tabs.getSelectionModel().select(lessonsTab);
            dock = new LessonDock(tabs, new LessonPlayerView(player, lessons.paths()), player);
            caption = new LessonCaption(player, lessons.paths());
        } else {
            caption = null;
            player = null;
            lessonList = null;
            lessonsTab = null;
            dock = null;
        }
        // a tab's content joins the window when the tab is first shown: the first frame comes sooner
        attachWhenShown(workspaceTab, workspace);
        attachWhenShown(trainingTab, training);
        attachWhenShown(compareTab, compare);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("app-tabs");
        dark.setId("dark-theme");
        dark.setFocusTraversable(false);
        dark.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        corner = new HBox(new PresenterControl(presenter), dark);
        corner.getStyleClass().add("shell-corner");
        corner.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(corner, Pos.TOP_RIGHT);
        StackPane.setMargin(corner, new Insets(4, 8, 0, 0));
        SettingsNotice notice = new SettingsNotice(settings);
        StackPane.setAlignment(notice, Pos.TOP_CENTER);
        StackPane.setMargin(notice, new Insets(36, 0, 0, 0));
        scaleBadge = new ScaleBadge(presenter);
        StackPane.setMargin(scaleBadge, new Insets(0, 0, 28, 0));
        // presenter mode's lesson caption sits above the views, the dock (hidden then) below it
        javafx.scene.Node content = dock == null ? tabs : new javafx.scene.layout.BorderPane(dock, caption, null, null,
                null);
        getChildren().setAll(content, corner, notice, scaleBadge, keyHelp);
        presenterKeys = new PresenterKeys(presenter, player, keyHelp, new PresenterKeys.Actions(
                () -> themeProperty().set(themeProperty().get().other()), workspace::toggleView,
                workspace::toggleZoom, this::workspaceShown));
        themeProperty().set(settings.darkTheme() ? Theme.DARK : Theme.LIGHT);
        dark.setSelected(themeProperty().get() == Theme.DARK);
        exports.setScreenTheme(exportTheme(themeProperty().get()));
        initListeners();
        if (player != null) {
            initLessonListeners();
        }
    }

    /**
     * Sets {@code content} into {@code tab} now if it is selected, else the first time it is. Its canvases take the
     * window's look when they join the scene.
     */
    private void attachWhenShown(Tab tab, javafx.scene.Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean o, Boolean on) {
                if (on) {
                    tab.setContent(content);
                    tab.selectedProperty().removeListener(this);
                    // its controls get their screen-reader names in the next layout pass
                    namedAfterLayout = false;
                    requestLayout();
                }
            }
        });
    }

    private void initListeners() {
        dark.selectedProperty().addListener((obs, o, n) -> themeProperty().set(n ? Theme.DARK : Theme.LIGHT));
        themeProperty().addListener((obs, o, t) -> {
            dark.setSelected(t == Theme.DARK);
            exports.setScreenTheme(exportTheme(t));
            applyTheme();
            settings.setDarkTheme(t == Theme.DARK);
        });
        presenter.presentingProperty().addListener((obs, o, on) -> applyPresenting());
        presenter.scaleProperty().addListener((obs, o, scale) -> {
            settings.setPresenterScale(scale.doubleValue());
            if (presenter.isPresenting()) {
                applyPresenting();
            }
        });
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                CanvasLook.install(scene, look);
                Theme.applyLook(this, look.get());
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
                scene.addEventFilter(KeyEvent.KEY_TYPED, presenterKeys::handleTyped);
                applyTheme();
                namedAfterLayout = false;
            }
        });
        // "Inspect in workspace" in the training lab switches to the workspace
        training.setOnInspect(() -> tabs.getSelectionModel().select(workspaceTab));
    }

    /** Ctrl+Q (Cmd+Q on a Mac) quits. */
    private static final javafx.scene.input.KeyCombination QUIT = javafx.scene.input.KeyCombination.keyCombination(
            "Shortcut+Q");

    /** Closes the window as its close button does: whoever listens for the close request (saving) runs first. */
    private void quit() {
        javafx.stage.Window w = getScene() == null ? null : getScene().getWindow();
        if (w == null) {
            return;
        }
        javafx.stage.WindowEvent close = new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
        w.fireEvent(close);
        if (!close.isConsumed()) {
            w.hide();
        }
    }

    /** Presenter keys first, then the lesson's (while a lesson is open), then the workspace's (while it is shown). */
    private void handleKey(KeyEvent e) {
        if (QUIT.match(e)) {
            quit();
            e.consume();
            return;
        }
        presenterKeys.handlePressed(e);
        if (e.isConsumed()) {
            return;
        }
        if (dock != null && player.lesson() != null) {
            dock.pane().handleKey(e);
            if (e.isConsumed() || within(dock.pane(), getScene().getFocusOwner())) {
                return;
            }
        }
        if (workspaceShown()) {
            workspace.handleKey(e);
        }
    }

    private boolean workspaceShown() {
        return tabs.getSelectionModel().getSelectedItem() == workspaceTab;
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

    private static ExportTheme exportTheme(Theme t) {
        return t == Theme.DARK ? ExportTheme.DARK : ExportTheme.LIGHT;
    }

    /** Reads the lessons (off the FX thread) and looks for changed lesson files every two seconds. */
    public void startLessons() {
        if (player != null) {
            player.shelf().reload();
            lessonList.startWatching();
        }
    }

    /** The lesson player, or null in a window without lessons. */
    public LessonPlayerViewModel player() {
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

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!namedAfterLayout && getScene() != null) {
            namedAfterLayout = true;
            // the controls the skins just added get their screen-reader names
            AccessibleNames.fill(this);
        }
    }

    /**
     * The theme's stylesheets on the scene; every canvas, shown or not, gets the look of the current theme and mode
     * (those out of the scene when they join it again).
     */
    private void applyTheme() {
        Theme t = themeProperty().get();
        // the same sheets again would restyle every node, in a layout pass too, where text flows then keep
        // positions measured in the old fonts
        if (getScene() != null && !getScene().getStylesheets().equals(t.stylesheets())) {
            getScene().getStylesheets().setAll(t.stylesheets());
        }
        look.set(t.look(presenter.isPresenting(), presenter.scale()));
    }

    /** In or out of presenter mode, at the current scale. */
    private void applyPresenting() {
        boolean on = presenter.isPresenting();
        PresenterLook.apply(this, on, presenter.scale());
        workspace.setPresenting(on);
        if (dock != null) {
            dock.setHidden(on);
            caption.setPresenting(on);
        }
        corner.setVisible(!on);
        if (on && lessonsTab != null && tabs.getSelectionModel().getSelectedItem() == lessonsTab) {
            tabs.getSelectionModel().select(workspaceTab);
        }
        applyTheme();
        fullScreen.set(this, on);
        if (on) {
            requestFocus();
        }
    }

    /** Presenter mode: whether the window presents, and its type scale. */
    public PresenterMode presenter() {
        return presenter;
    }

    /** The note that shows the new type scale when + or − changes it while presenting. */
    public ScaleBadge scaleBadge() {
        return scaleBadge;
    }

    /** The on-screen list of keys (the ? key; also for a Help menu). */
    public KeyHelpOverlay keyHelp() {
        return keyHelp;
    }

    /** The row of controls in the window's top right corner (presenter settings, the theme switch). */
    public HBox corner() {
        return corner;
    }

    /** The remembered settings. */
    public SettingsModel settings() {
        return settings;
    }

    /** Stops the training lab's worker; call when the window closes. */
    public void dispose() {
        if (lessonList != null) {
            lessonList.stopWatching();
        }
        training.dispose();
        compare.model().cancel();
    }

    public WorkspaceView workspace() {
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
