package org.gatelab.ui.testing;

import java.nio.file.Path;
import org.gatelab.viewmodel.language.LanguageLabViewModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.gatelab.viewmodel.FxTaskRunner;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.viewmodel.export.ExportModel;
import org.gatelab.viewmodel.export.FolderMemory;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.memory.MemorySources;
import org.gatelab.viewmodel.memory.MemoryViewModel;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.window.AppViewModel;
import org.gatelab.viewmodel.window.PresenterMode;
import org.gatelab.viewmodel.workspace.UnrolledViewModel;
import org.gatelab.viewmodel.workspace.WeightsViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * The window's view models for a test, wired as the app wires them around a workspace the test made: the training
 * lab, the comparison and the exports work on threads of their own (daemons that end when idle), the lab's data
 * and the exports through an FX task runner.
 */
public final class TestApp {
    private TestApp() {
    }

    /** A window without lessons, with settings kept in memory. */
    public static AppViewModel of(WorkspaceViewModel workspace) {
        return of(workspace, null, SettingsModel.inMemory());
    }

    /**
     * @param player makes the lesson player on the window's training lab; null for a window without lessons
     */
    public static AppViewModel of(WorkspaceViewModel workspace,
                                  Function<TrainingLabViewModel, LessonPlayerViewModel> player,
                                  SettingsModel settings) {
        return of(workspace, player, settings, null);
    }

    /**
     * @param models the trained models' folder for the Memory tab, as the app has it; null for a window without
     *               that tab
     */
    public static AppViewModel of(WorkspaceViewModel workspace,
                                  Function<TrainingLabViewModel, LessonPlayerViewModel> player,
                                  SettingsModel settings, Path models) {
        FxTaskRunner runner = new FxTaskRunner(worker("test-tasks"));
        TrainingLabViewModel training = new TrainingLabViewModel(workspace, runner, worker("test-training"));
        MemoryViewModel memory = models == null ? null
                : new MemoryViewModel(runner, workspace, MemorySources.bundled(models));
        // a window with lessons has the language lab too: lesson 10's scenes open it
        return new AppViewModel(workspace, new UnrolledViewModel(workspace), new WeightsViewModel(workspace, runner),
                new ExportModel(workspace, runner, FolderMemory.settings(settings)),
                training, new CompareViewModel(worker("test-compare")),
                player == null ? null : player.apply(training), settings,
                new PresenterMode(settings.presenterScale()), new Seq2SeqViewModel(worker("test-seq2seq")), memory,
                player == null ? null
                : new LanguageLabViewModel(workspace, runner, worker("test-language"), Path.of("assets")));
    }

    /** One daemon thread that ends after a second idle, so windows of finished tests leave no threads behind. */
    public static ExecutorService worker(String name) {
        ThreadPoolExecutor e = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        e.allowCoreThreadTimeOut(true);
        return e;
    }
}
