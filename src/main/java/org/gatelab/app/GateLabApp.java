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
import org.gatelab.ui.help.AboutInfo;
import org.gatelab.ui.help.HelpWiring;
import org.gatelab.ui.lesson.FolderOpener;
import org.gatelab.ui.lesson.LessonSetup;
import org.gatelab.ui.share.SceneFileChooser;
import org.gatelab.ui.share.ShareWiring;
import org.gatelab.ui.window.AppView;
import org.gatelab.ui.window.FrameMonitor;
import org.gatelab.viewmodel.FxTaskRunner;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.viewmodel.export.ExportModel;
import org.gatelab.viewmodel.export.FolderMemory;
import org.gatelab.viewmodel.language.LanguageLabViewModel;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.lesson.LessonShelf;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;
import org.gatelab.viewmodel.lesson.LessonStepValidator;
import org.gatelab.viewmodel.lesson.LessonTabs;
import org.gatelab.viewmodel.lesson.Seq2SeqScenes;
import org.gatelab.viewmodel.memory.MemorySources;
import org.gatelab.viewmodel.memory.MemoryViewModel;
import org.gatelab.viewmodel.share.ShareViewModel;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.window.AppViewModel;
import org.gatelab.viewmodel.window.PresenterMode;
import org.gatelab.viewmodel.workspace.UnrolledViewModel;
import org.gatelab.viewmodel.workspace.WeightsViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * The desktop application: one window with the lessons, the workspace, the training lab, the comparison and the
 * language lab.
 *
 * <p>This is the composition root: the only place that makes the worker threads ({@link WorkerPools}), the task
 * runner and the view models, and hands them to the window's view ({@link AppView}), which gives each of its
 * views its own.
 */
public final class GateLabApp extends Application {
    private WorkerPools pools;
    private AppView view;
    private SettingsModel settings;

    @Override
    public void start(Stage stage) {
        AppDirectories dirs = AppDirectories.detect();
        AppLog.install(dirs.user());
        pools = new WorkerPools();
        FolderOpener opener = folder -> getHostServices().showDocument(folder.toUri().toString());
        LessonPaths paths = new LessonPaths(dirs.assets());
        TaskRunner runner = new FxTaskRunner(pools.workspace());
        AppViewModel app = viewModels(dirs, paths, runner, pools);
        settings = app.settings();
        view = new AppView(app, new LessonSetup(paths, opener));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // a laptop or projector screen gets all of it; a large screen most of it
        boolean small = screen.getWidth() < 1700 || screen.getHeight() < 1000;
        double width = small ? screen.getWidth() : Math.round(screen.getWidth() * 0.85);
        double height = small ? screen.getHeight() : Math.round(screen.getHeight() * 0.85);
        Scene scene = new Scene(view, width, height);
        stage.setTitle("GateLab " + Version.get() + " · RNN · LSTM · GRU");
        stage.setScene(scene);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.show();
        StartupProbe.start();
        HelpWiring.install(view, new AboutInfo(Version.get(), dirs.user(), AppLog.file(), dirs.lessons(),
                dirs.assets()), opener);
        ShareViewModel share = new ShareViewModel(app.workspace(), app.training(), runner, paths);
        share.setUp(new Seq2SeqScenes(app.seq2seq()));
        ShareWiring.install(view, share, SceneFileChooser.DIALOG);
        // gatelab open FILE, or the desktop's scene file or gatelab: link
        if (getParameters().getRaw().size() == 1) {
            share.openArgument(getParameters().getRaw().get(0));
        }
        // after the scene, so that its reading does not wait for the lessons'
        view.startLessons();
        FrameMonitor.startIfRequested();
    }

    /**
     * The window's view models: the workspace's computations, the files, the lessons and the exports go through
     * {@code runner}; the training lab trains on the training pool, the comparison on the comparison pool, the
     * encoder-decoders on the seq2seq pool. The
     * settings and the lesson progress are the per-user folder's ({@link AppDirectories}; the system property
     * {@code gatelab.home} moves it), the lessons the bundled course and the user's own folder.
     */
    static AppViewModel viewModels(AppDirectories dirs, LessonPaths paths, TaskRunner runner, WorkerPools pools) {
        // the theme and the presenter scale, from the per-user folder; changes are saved off the FX thread
        SettingsModel settings = SettingsModel.load(new SettingsStore(dirs.settingsFile()), runner);
        WorkspaceViewModel workspace = new WorkspaceViewModel(runner);
        TrainingLabViewModel training = new TrainingLabViewModel(workspace, runner, pools.training());
        LessonParser parser = new LessonParser(paths, new LessonStepValidator());
        LessonShelf shelf = new LessonShelf(parser, dirs.lessons(), dirs.userLessons(), runner);
        LessonPlayerViewModel lessons = new LessonPlayerViewModel(workspace, training, runner, shelf,
                new ProgressStore(dirs.progressFile()));
        CompareViewModel compare = new CompareViewModel(pools.comparison());
        MemoryViewModel memory = new MemoryViewModel(runner, workspace,
                MemorySources.bundled(dirs.assets().resolve("models")));
        lessons.setUp(new LessonTabs(compare, memory));
        Seq2SeqViewModel seq2seq = new Seq2SeqViewModel(pools.seq2seq());
        lessons.setUp(new Seq2SeqScenes(seq2seq));
        return new AppViewModel(workspace, new UnrolledViewModel(workspace), new WeightsViewModel(workspace, runner),
                new ExportModel(workspace, runner, FolderMemory.settings(settings)),
                training, compare, lessons, settings, new PresenterMode(settings.presenterScale()),
                seq2seq, memory,
                new LanguageLabViewModel(workspace, runner, pools.language(), dirs.assets()));
    }

    @Override
    public void stop() {
        if (view != null) {
            view.dispose();
        }
        if (settings != null) {
            settings.flush();
        }
        if (pools != null) {
            pools.close();
        }
    }
}
