package org.gatelab.app;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.gatelab.io.AppDirectories;
import org.gatelab.io.ProgressStore;
import org.gatelab.io.SettingsStore;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.ui.AppView;
import org.gatelab.ui.FrameMonitor;
import org.gatelab.ui.help.AboutInfo;
import org.gatelab.ui.help.HelpWiring;
import org.gatelab.ui.lesson.LessonSetup;
import org.gatelab.viewmodel.FxTaskRunner;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.lesson.LessonShelf;
import org.gatelab.viewmodel.lesson.LessonStepValidator;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/** The desktop application: one window with the lessons, the workspace, the training lab and the comparison. */
public final class GateLabApp extends Application {
    private FxTaskRunner runner;
    private AppView shell;
    private SettingsModel settings;

    @Override
    public void start(Stage stage) {
        AppDirectories dirs = AppDirectories.detect();
        AppLog.install(dirs.user());
        runner = new FxTaskRunner();
        WorkspaceViewModel session = new WorkspaceViewModel(runner);
        // the theme and the presenter scale, from the per-user folder; changes are saved off the FX thread
        settings = SettingsModel.load(new SettingsStore(AppDirectories.detect().settingsFile()), runner);
        shell = new AppView(session, lessons(session), settings);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // a laptop or projector screen gets all of it; a large screen most of it
        boolean small = screen.getWidth() < 1700 || screen.getHeight() < 1000;
        double width = small ? screen.getWidth() : Math.round(screen.getWidth() * 0.85);
        double height = small ? screen.getHeight() : Math.round(screen.getHeight() * 0.85);
        Scene scene = new Scene(shell, width, height);
        stage.setTitle("GateLab " + Version.get() + " · RNN · LSTM · GRU");
        stage.setScene(scene);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.show();
        StartupProbe.start();
        shell.startLessons();
        HelpWiring.install(shell, new AboutInfo(Version.get(), dirs.user(), AppLog.file(), dirs.lessons(),
                dirs.assets()), folder -> getHostServices().showDocument(folder.toUri().toString()));
        FrameMonitor.startIfRequested();
    }

    /**
     * The lessons: the bundled course and the user's own folder (from {@link AppDirectories}; the system property
     * {@code gatelab.home} moves the user folder), progress in the user folder, the folder opened by the desktop.
     */
    private LessonSetup lessons(WorkspaceViewModel session) {
        AppDirectories dirs = AppDirectories.detect();
        LessonPaths paths = new LessonPaths(dirs.assets());
        LessonParser parser = new LessonParser(paths, new LessonStepValidator());
        LessonShelf shelf = new LessonShelf(parser, dirs.lessons(), dirs.userLessons(), runner);
        ProgressStore store = new ProgressStore(dirs.progressFile());
        return new LessonSetup(paths, training -> new LessonPlayerViewModel(session, training, runner, shelf, store),
                folder -> getHostServices().showDocument(folder.toUri().toString()));
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.dispose();
        }
        if (settings != null) {
            settings.flush();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
