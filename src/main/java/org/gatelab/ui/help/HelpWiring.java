package org.gatelab.ui.help;

import org.gatelab.lesson.Glossary;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.ui.lesson.GlossaryPane;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.ui.lesson.FolderOpener;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.SettingsModel;

/**
 * Puts the Help menu in the window's corner and shows the welcome screen over the window on the first start
 * (and from Help > Welcome screen); About opens in a small window of its own.
 */
public final class HelpWiring {
    private final AppView shell;
    private final AboutInfo info;
    private final FolderOpener opener;
    private WelcomeView welcome;

    private HelpWiring(AppView shell, AboutInfo info, FolderOpener opener) {
        this.shell = shell;
        this.info = info;
        this.opener = opener;
    }

    /** Adds the Help menu; shows the welcome screen now if the settings say it was never seen. */
    public static HelpWiring install(AppView shell, AboutInfo info, FolderOpener opener) {
        HelpWiring w = new HelpWiring(shell, info, opener);
        if (shell.player() != null) {
            shell.player().shelf().lessons().addListener(
                    (ListChangeListener<ParsedLesson>) c -> w.nameFirstLesson());
        }
        shell.corner().getChildren().add(0, new HelpMenu(w::showWelcome, shell.keyHelp()::show, w::showGlossary,
                w::showAbout));
        SettingsModel settings = shell.settings();
        if (settings != null && !settings.welcomeSeen()) {
            w.showWelcome();
        }
        return w;
    }

    /** The welcome screen now on show, or null. */
    public WelcomeView welcome() {
        return welcome;
    }

    public void showWelcome() {
        if (welcome != null) {
            return;
        }
        welcome = new WelcomeView(null, info.userFolder().toString(), new WelcomeView.Choices(
                () -> close(this::openFirstLesson), () -> close(() -> select("tab-workspace")),
                () -> close(() -> select("tab-training")),
                () -> close(() -> { })));
        shell.getChildren().add(welcome);
        welcome.focusFirstChoice();
        nameFirstLesson();
    }

    /** The welcome screen names the first lesson as soon as the lessons are read. */
    private void nameFirstLesson() {
        if (welcome != null) {
            welcome.setFirstLessonTitle(firstLesson() == null ? null : firstLesson().title());
        }
    }

    private void close(Runnable then) {
        shell.getChildren().remove(welcome);
        welcome = null;
        SettingsModel settings = shell.settings();
        if (settings != null && !settings.welcomeSeen()) {
            settings.markWelcomeSeen();
        }
        then.run();
    }

    private void select(String tabId) {
        shell.tabs().getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> shell.tabs().getSelectionModel().select(t));
    }

    /** The first sound lesson of the list, opened; the list itself if none is read yet. */
    private void openFirstLesson() {
        if (shell.player() == null) {
            return;
        }
        Lesson first = firstLesson();
        if (first != null) {
            shell.player().open(first);
        } else {
            select("tab-lessons");
        }
    }

    /** The first lesson of the list that could be read, or null (none read yet, or no lessons tab). */
    private Lesson firstLesson() {
        if (shell.player() == null) {
            return null;
        }
        for (ParsedLesson p : shell.player().shelf().lessons()) {
            if (p.ok()) {
                return p.lesson();
            }
        }
        return null;
    }

    /** Help > Glossary: the terms the lessons use, in a window of their own. */
    public GlossaryPane showGlossary() {
        return GlossaryPane.open(shell, Glossary.bundled(), new LessonPaths(info.assets()), null);
    }

    public void showAbout() {
        Stage stage = new Stage();
        stage.setTitle("About GateLab");
        Scene scene = new Scene(new AboutPane(info, opener));
        if (shell.getScene() != null) {
            stage.initOwner(shell.getScene().getWindow());
        }
        shell.themeProperty().get().applyTo(scene);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setScene(scene);
        stage.show();
    }
}
