package org.gatelab.ui;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.gatelab.ui.theme.Theme;
import org.gatelab.ui.training.CompareView;
import org.gatelab.ui.training.TrainingLabView;
import org.gatelab.viewmodel.Session;

/**
 * The window's content: three tabs (the workspace with its views, the training lab, the RNN/LSTM/GRU
 * comparison) sharing one session, and the theme switch in the corner.
 */
public final class AppShell extends StackPane {
    private final MainView workspace;
    private final TrainingLabView training;
    private final CompareView compare;
    private final TabPane tabs = new TabPane();
    private final Tab workspaceTab;
    private final ToggleButton dark = new ToggleButton("Dark");

    public AppShell(Session session) {
        workspace = new MainView(session);
        training = new TrainingLabView(session);
        compare = new CompareView(session);
        workspaceTab = new Tab("Workspace", workspace);
        Tab trainingTab = new Tab("Training lab", training);
        Tab compareTab = new Tab("Compare RNN · LSTM · GRU", compare);
        workspaceTab.setId("tab-workspace");
        trainingTab.setId("tab-training");
        compareTab.setId("tab-compare");
        tabs.getTabs().setAll(workspaceTab, trainingTab, compareTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("app-tabs");
        dark.setId("dark-theme");
        dark.setFocusTraversable(false);
        dark.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        StackPane.setAlignment(dark, Pos.TOP_RIGHT);
        StackPane.setMargin(dark, new Insets(4, 8, 0, 0));
        getChildren().setAll(tabs, dark);
        initListeners();
    }

    private void initListeners() {
        dark.selectedProperty().addListener((obs, o, n) -> themeProperty().set(n ? Theme.DARK : Theme.LIGHT));
        themeProperty().addListener((obs, o, t) -> applyTheme());
        // a tab's content may join the scene only when first shown: give it the current palette then
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, o, tab) -> applyTheme());
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (tabs.getSelectionModel().getSelectedItem() == workspaceTab) {
                        workspace.handleKey(e);
                    }
                });
                applyTheme();
            }
        });
        // "Inspect in workspace" in the training lab switches to the workspace
        training.setOnInspect(() -> tabs.getSelectionModel().select(workspaceTab));
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
