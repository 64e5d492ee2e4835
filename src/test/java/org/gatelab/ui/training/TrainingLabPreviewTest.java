package org.gatelab.ui.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Writes preview PNGs of the training lab to target/preview/training-*.png for people to look at: a finished
 * adding-problem run, the copy task, anomaly detection, sine forecasting, a diverged run and the idle lab;
 * light and dark; at the tab's size in a 1366x768 window (1366x700) and at 1900x1100.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingLabPreviewTest {
    private static final double[][] SIZES = {{1366, 700}, {1900, 1100}};

    private Scene scene;
    private Pane root;

    @Start
    void start(Stage stage) {
        root = new Pane();
        scene = new Scene(root, 2000, 1200);
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void writesPreviews(FxRobot robot) {
        write(robot, "idle", m -> { });
        write(robot, "adding", m -> {
            m.setTaskValue(TaskSetting.ADDING_LENGTH, "20");
            m.setTaskValue(TaskSetting.ADDING_TRAIN, "1000");
            m.setTaskValue(TaskSetting.ADDING_VALIDATION, "300");
            m.setTrainingValue(TrainingSetting.HIDDEN, "16");
            m.setTrainingValue(TrainingSetting.EPOCHS, "15");
            m.start();
        });
        write(robot, "reber-stepped", m -> {
            m.selectTask(TaskKind.REBER);
            m.setTaskValue(TaskSetting.REBER_TRAIN, "400");
            m.setTaskValue(TaskSetting.REBER_VALIDATION, "60");
            m.setTrainingValue(TrainingSetting.HIDDEN, "16");
            m.setTrainingValue(TrainingSetting.EPOCHS, "10");
            m.step();
            m.step();
            m.step();
        });
        write(robot, "copy", m -> {
            m.selectTask(TaskKind.COPY);
            m.setTaskValue(TaskSetting.COPY_TRAIN, "1000");
            m.setTaskValue(TaskSetting.COPY_VALIDATION, "100");
            m.setCell(CellKind.GRU);
            m.setTrainingValue(TrainingSetting.HIDDEN, "24");
            m.setTrainingValue(TrainingSetting.EPOCHS, "12");
            m.start();
        });
        write(robot, "anomaly", m -> {
            m.selectTask(TaskKind.ANOMALY);
            m.setTrainingValue(TrainingSetting.HIDDEN, "16");
            m.setTrainingValue(TrainingSetting.EPOCHS, "8");
            m.start();
        });
        write(robot, "sine", m -> {
            m.selectTask(TaskKind.SINE);
            m.setTaskValue(TaskSetting.SINE_SERIES, "1200");
            m.setTrainingValue(TrainingSetting.HIDDEN, "16");
            m.setTrainingValue(TrainingSetting.EPOCHS, "6");
            m.start();
        });
        write(robot, "csv", m -> {
            // a made-up daily series with a weekly pattern, a trend and a few gaps
            StringBuilder csv = new StringBuilder("date;visitors\n");
            java.util.Random random = new java.util.Random(7);
            for (int d = 0; d < 700; d++) {
                String v = d % 97 == 13 ? "" : String.format(Locale.ROOT, "%.1f",
                        120 + 0.05 * d + 25 * Math.sin(2 * Math.PI * d / 7) + 6 * random.nextGaussian());
                csv.append("2024-").append(d).append(';').append(v.replace('.', ',')).append('\n');
            }
            Path file = Path.of("target/preview-data/visitors.csv");
            try {
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            m.loadCsv(file, "visitors");
            m.setTaskValue(TaskSetting.CSV_WINDOW, "14");
            m.setTrainingValue(TrainingSetting.HIDDEN, "16");
            m.setTrainingValue(TrainingSetting.EPOCHS, "10");
            m.start();
        });
        write(robot, "diverged", m -> {
            m.setTaskValue(TaskSetting.ADDING_LENGTH, "10");
            m.setTaskValue(TaskSetting.ADDING_TRAIN, "64");
            m.setTaskValue(TaskSetting.ADDING_VALIDATION, "20");
            m.setTrainingValue(TrainingSetting.HIDDEN, "4");
            m.setTrainingValue(TrainingSetting.BATCH_SIZE, "16");
            m.setTrainingValue(TrainingSetting.CLIP_NORM, "0");
            m.setOptimizer(org.gatelab.vocabulary.OptimizerKind.SGD);
            m.setTrainingValue(TrainingSetting.LEARNING_RATE, "2");
            m.setTrainingValue(TrainingSetting.EPOCHS, "40");
            m.start();
        });
    }

    private void write(FxRobot robot, String name, Consumer<TrainingLabViewModel> setup) {
        TrainingLabViewModel[] model = new TrainingLabViewModel[1];
        robot.interact(() -> {
            long t0 = System.nanoTime();
            model[0] = new TrainingLabViewModel(new WorkspaceViewModel(TaskRunner.direct()), TaskRunner.direct(), Runnable::run);
            setup.accept(model[0]);
            System.out.printf(Locale.ROOT, "preview %s: %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
        });
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {  // the safe palettes: ColourVisionSafePaletteTest
            for (double[] size : SIZES) {
                robot.interact(() -> {
                    TrainingLabView view = new TrainingLabView(model[0]);
                    view.resize(size[0], size[1]);
                    view.setPrefSize(size[0], size[1]);
                    root.getChildren().setAll(view);
                    theme.applyTo(scene);
                    root.applyCss();
                    root.layout();
                    view.applyCss();
                    view.layout();
                    WritableImage img = Snapshots.of(view);
                    Snapshots.savePng(img, Path.of("target/preview", String.format(Locale.ROOT,
                            "training-lab-%s-%dx%d-%s.png", name, (int) size[0], (int) size[1],
                            theme.name().toLowerCase(Locale.ROOT))));
                    assertTrue(Snapshots.variance(img) > 0);
                    root.getChildren().clear();
                });
            }
        }
    }
}
