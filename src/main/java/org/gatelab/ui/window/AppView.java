package org.gatelab.ui.window;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.gatelab.export.ExportTheme;
import org.gatelab.ui.canvas.CanvasLook;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.compare.CompareView;
import org.gatelab.ui.seq2seq.Seq2SeqView;
import org.gatelab.ui.export.ExportActions;
import org.gatelab.ui.language.LanguageLabView;
import org.gatelab.ui.lesson.LessonCaption;
import org.gatelab.ui.lesson.LessonDock;
import org.gatelab.ui.lesson.LessonListView;
import org.gatelab.ui.lesson.LessonPlayerView;
import org.gatelab.ui.lesson.LessonSetup;
import org.gatelab.ui.memory.MemoryView;
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
 * (with the colour-safe option) and the presenter scale are remembered in the {@link SettingsModel}.
 */
public final class AppView extends StackPane {
    private final WorkspaceView workspace;
    private final TrainingLabView training;
    private final CompareView compare;
    private final TabPane tabs = new TabPane();
    private final Tab workspaceTab;
    private final Tab trainingTab;
    private final Tab compareTab;
    private final Seq2SeqView seq2seq;
    private final Tab seq2seqTab;
    private final MemoryView memory;
    private final Tab memoryTab;
    /** The language lab and its tab, or null in a window without it. */
    private final LanguageLabView language;
    private final Tab languageTab;
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
        seq2seq = new Seq2SeqView(app.seq2seq());
        seq2seqTab = TabContent.tab("Sequence to sequence", "tab-seq2seq");
        workspaceTab = TabContent.tab("Workspace", "tab-workspace");
        trainingTab = TabContent.tab("Training lab", "tab-training");
        compareTab = TabContent.tab("Compare RNN · LSTM · GRU", "tab-compare");
        memory = app.memory() == null ? null : new MemoryView(app.memory());
        memoryTab = memory == null ? null : TabContent.tab("Memory", "tab-memory");
        language = app.language() == null ? null : new LanguageLabView(app.language());
        languageTab = language == null ? null : TabContent.tab("Language lab", "tab-language");
        if (language != null) {
            app.language().setOnWorkspace(() -> tabs.getSelectionModel().select(workspaceTab));
        }
        // in the order a course meets them; a window without the Memory tab or the language lab leaves them out
        for (Tab t : new Tab[] {workspaceTab, trainingTab, compareTab, memoryTab, languageTab, seq2seqTab}) {
            if (t != null) {
                tabs.getTabs().add(t);
            }
        }
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
        attachWhenShown(workspaceTab, workspace);
        attachWhenShown(trainingTab, training);
        attachWhenShown(compareTab, compare);
        attachWhenShown(seq2seqTab, seq2seq);
        attachWhenShown(memoryTab, memory);
        attachWhenShown(languageTab, language);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("app-tabs");
        corner = new HBox(new PresenterControl(presenter));
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
        themeProperty().set(Theme.of(settings.darkTheme(), settings.colourVisionSafe()));
        corner.getChildren().addAll(new ThemeButtons(themeProperty()).nodes());
        TabHeaderRoom.reserve(tabs, corner, content);
        exports.setScreenTheme(exportTheme(themeProperty().get()));
        initListeners();
        if (player != null) {
            initLessonListeners();
        }
    }

    /**
     * The tab's content joins the window when the tab is first shown; its canvases take the window's look when they
     * join the scene, and its controls get their screen-reader names in the next layout pass.
     */
    private void attachWhenShown(Tab tab, Node content) {
        if (tab == null) {
            return;
        }
        TabContent.attachWhenShown(tab, content, () -> {
            namedAfterLayout = false;
            requestLayout();
        });
    }

    private void initListeners() {
        themeProperty().addListener((obs, o, t) -> {
            exports.setScreenTheme(exportTheme(t));
            applyTheme();
            settings.setTheme(t.dark(), t.colourVisionSafe());
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
        // so does "Show in the cell diagram" in the Memory tab
        if (memory != null) {
            memory.setOnShowInWorkspace(() -> tabs.getSelectionModel().select(workspaceTab));
        }
    }

    /** Presenter keys first, then the lesson's (while a lesson is open), then the workspace's (while it is shown). */
    private void handleKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F10 && e.getEventType() == KeyEvent.KEY_PRESSED && corner.isVisible()) {
            CornerMenus.openNext(corner, getScene().getFocusOwner());
            e.consume();
            return;
        }
        if (WindowQuit.KEY.match(e)) {
            WindowQuit.quit(this);
            e.consume();
            return;
        }
        presenterKeys.handlePressed(e);
        if (e.isConsumed()) {
            return;
        }
        if (dock != null && player.lesson() != null) {
            dock.pane().handleKey(e);
            if (e.isConsumed() || FocusOwner.within(dock.pane(), getScene().getFocusOwner())) {
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

    /** A step chooses the tab and the views; closing a lesson goes back to the list. */
    private void initLessonListeners() {
        player.tabProperty().addListener((obs, o, t) -> {
            if (t != null) {
                // the tab of that id ("tab-" + the scene's name), or the workspace in a window without it
                tabs.getSelectionModel().select(tabs.getTabs().stream().filter(x -> ("tab-" + t.id()).equals(x.getId()))
                        .findFirst().orElse(workspaceTab));
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
        return ExportTheme.of(t.dark(), t.colourVisionSafe());
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

    /**
     * The row of controls in the window's top right corner (presenter settings, the colour-vision-safe palette,
     * the theme switch).
     */
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
        seq2seq.dispose();
        if (language != null) {
            language.dispose();
        }
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

    /** The language lab, or null in a window without it. */
    public LanguageLabView language() {
        return language;
    }

    public TabPane tabs() {
        return tabs;
    }
}
