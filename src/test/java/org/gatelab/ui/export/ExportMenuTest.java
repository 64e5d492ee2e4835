package org.gatelab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.gatelab.export.ArgbImage;
import org.gatelab.export.ExportFormat;
import org.gatelab.export.ExportTheme;
import org.gatelab.ui.workspace.WorkspaceView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.export.AnimationChoice;
import org.gatelab.viewmodel.export.ExportChoice;
import org.gatelab.viewmodel.export.ExportModel;
import org.gatelab.viewmodel.export.FolderMemory;
import org.gatelab.engine.Spectra;
import org.gatelab.render.heatmap.ValueFormat;
import org.gatelab.viewmodel.workspace.UnrolledViewModel;
import org.gatelab.viewmodel.workspace.WeightsViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export menus of the workspace's panels, driven as a user would, with the dialogs answered by a stub:
 * files appear with the chosen size and view, failures are shown with their cause, the clipboard gets a picture.
 */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {
    @TempDir
    static Path dir;

    private WorkspaceViewModel session;
    private WorkspaceView view;
    private final StubPrompts prompts = new StubPrompts();
    private final List<Image> clipboard = new ArrayList<>();

    /** Answers every question from its fields; records errors. */
    static final class StubPrompts implements ExportPrompts {
        ExportChoice choice;
        Path file;
        AnimationChoice animation;
        Path folder;
        Path askedFolder;
        String askedName;
        final List<String> errors = new ArrayList<>();

        @Override
        public Optional<ExportChoice> askChoice(Window owner, String viewTitle, ExportChoice initial) {
            return Optional.ofNullable(choice);
        }

        @Override
        public Optional<Path> askFile(Window owner, Path folder, String suggestedName, ExportFormat format) {
            askedFolder = folder;
            askedName = suggestedName;
            return Optional.ofNullable(file);
        }

        @Override
        public Optional<AnimationChoice> askAnimation(Window owner, String viewTitle, AnimationChoice initial,
                                                      int lastStep) {
            return Optional.ofNullable(animation);
        }

        @Override
        public Optional<Path> askFolder(Window owner, Path folder) {
            return Optional.ofNullable(this.folder);
        }

        @Override
        public void showError(Window owner, String message) {
            errors.add(message);
        }
    }

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        ExportModel model = new ExportModel(session, TaskRunner.direct(), FolderMemory.inMemory(dir));
        view = new WorkspaceView(session, new UnrolledViewModel(session), new WeightsViewModel(session,
                TaskRunner.direct()), new ExportActions(model, prompts, () -> null, clipboard::add));
        stage.setScene(new Scene(view, 1366, 768));
        stage.show();
    }

    private MenuButton menu(FxRobot robot, String id) {
        return robot.lookup("#" + id + "-export").queryAs(MenuButton.class);
    }

    private void choose(FxRobot robot, String id, int item) {
        MenuItem it = menu(robot, id).getItems().get(item);
        robot.interact(it::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyPanelHasAnExportMenuWithThreeItems(FxRobot robot) {
        for (String id : List.of("diagram", "equations", "heatmaps", "gradients")) {
            MenuButton m = menu(robot, id);
            assertNotNull(m, id);
            assertEquals(List.of("Export as PNG/SVG/PDF…", "Export animation…", "Copy as image"),
                    m.getItems().stream().map(MenuItem::getText).toList());
        }
    }

    @Test
    void clickingExportWritesThePictureOfTheCurrentStep(FxRobot robot) throws IOException {
        robot.interact(() -> {
            session.timeline().setStep(6);
            session.selection().selectUnit(2);
        });
        prompts.choice = new ExportChoice(ExportFormat.PNG, 2, ExportTheme.DARK, false);
        prompts.file = dir.resolve("diagram.png");
        robot.clickOn("#diagram-export");
        robot.clickOn("#diagram-export-file");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("lstm-sine-diagram-t06.png", prompts.askedName);
        assertEquals(dir, prompts.askedFolder);
        BufferedImage img = ImageIO.read(prompts.file.toFile());
        assertEquals(2400, img.getWidth());
        assertEquals(1600, img.getHeight());
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
        String status = robot.lookup("#export-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Exported"), status);
    }

    @Test
    void theHeatmapPanelExportsItsSelectedTab(FxRobot robot) throws IOException {
        robot.interact(() -> {
            javafx.scene.Parent p = view.gradientHeatmap().getParent();
            while (!(p instanceof TabPane)) {
                p = p.getParent();
            }
            ((TabPane) p).getSelectionModel().select(1);
            view.gradientHeatmap().selectGate(Gate.O);
        });
        prompts.choice = new ExportChoice(ExportFormat.SVG, 1, ExportTheme.LIGHT, false);
        prompts.file = dir.resolve("grad.svg");
        choose(robot, "heatmaps", 0);
        String svg = Files.readString(prompts.file);
        assertTrue(svg.contains("dL/d(pre-activation of o) · output gate"), "the gradient of o, as on screen");
        assertFalse(svg.contains("pre-activation of f)"), "not the default block");
        assertTrue(prompts.askedName.contains("-gradients-"), prompts.askedName);
    }

    @Test
    void theGradientPanelsWhhTabExportsTheMatrixWithTheEnginesSpectrum(FxRobot robot) throws IOException {
        robot.interact(() -> session.setRecurrentScale(1.5));
        robot.interact(() -> {
            TabPane tabs = (TabPane) robot.lookup(".tab-pane").queryAll().stream()
                    .filter(n -> ((TabPane) n).getTabs().stream().anyMatch(t -> "tab-whh".equals(t.getId())))
                    .findFirst().orElseThrow();
            tabs.getSelectionModel().select(2);
        });
        prompts.choice = new ExportChoice(ExportFormat.SVG, 1, ExportTheme.LIGHT, false);
        prompts.file = dir.resolve("whh.svg");
        choose(robot, "gradients", 0);
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
        assertTrue(prompts.askedName.startsWith("lstm-sine-whh-"), prompts.askedName);
        String svg = Files.readString(prompts.file);
        double rho = Spectra.of(session.result().model()).get(0).spectrum(Gate.F).spectralRadius();
        assertTrue(svg.contains("The recurrent matrix W_hh"), "the W_hh figure");
        assertTrue(svg.contains("ρ = " + ValueFormat.readout(rho)), "the engine's spectral radius of W_hf: " + rho);
    }

    @Test
    void anUnwritableTargetIsShownWithItsCause(FxRobot robot) {
        prompts.choice = new ExportChoice(ExportFormat.PDF, 1, ExportTheme.LIGHT, false);
        prompts.file = dir.resolve("no-such-folder").resolve("x.pdf");
        choose(robot, "equations", 0);
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).startsWith("cannot write " + prompts.file), prompts.errors.get(0));
        assertFalse(Files.exists(prompts.file));
    }

    @Test
    void animationWritesFramesAndAGif(FxRobot robot) throws IOException {
        Path out = Files.createDirectories(dir.resolve("anim"));
        prompts.animation = new AnimationChoice(2, 4, 100, 1, ExportTheme.LIGHT);
        prompts.folder = out;
        choose(robot, "gradients", 1);
        assertTrue(prompts.errors.isEmpty(), prompts.errors.toString());
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("lstm-sine-gradient-flow-t02-t04-t02.png", "lstm-sine-gradient-flow-t02-t04-t03.png",
                    "lstm-sine-gradient-flow-t02-t04-t04.png", "lstm-sine-gradient-flow-t02-t04.gif"), names);
        }
    }

    @Test
    void copyAsImagePutsTheViewOnTheClipboard(FxRobot robot) {
        choose(robot, "diagram", 2);
        assertEquals(1, clipboard.size());
        assertEquals(2400, clipboard.get(0).getWidth(), 0.0);
        assertEquals(1600, clipboard.get(0).getHeight(), 0.0);
    }

    @Test
    void writesAPreviewOfTheWindowWithItsMenus(FxRobot robot) {
        robot.interact(() -> org.gatelab.ui.testing.Snapshots.savePng(org.gatelab.ui.testing.Snapshots.of(view),
                Path.of("target", "preview", "export", "window-with-export-menus.png")));
    }

    @Test
    void theOptionsPaneOffersScalesForPngOnly(FxRobot robot) {
        robot.interact(() -> {
            ExportOptionsPane pane = new ExportOptionsPane(ExportChoice.DEFAULT);
            assertEquals(ExportChoice.DEFAULT, pane.choice());
            assertFalse(pane.scaleBox().isDisabled());
            pane.formatBox().setValue(ExportFormat.SVG);
            assertTrue(pane.scaleBox().isDisabled(), "vectors have no scale");
            pane.themeBox().setValue(ExportTheme.DARK);
            pane.transparentBox().setSelected(true);
            assertEquals(new ExportChoice(ExportFormat.SVG, 2, ExportTheme.DARK, true), pane.choice());
            AnimationOptionsPane anim = new AnimationOptionsPane(new AnimationChoice(0, 99, 200, 1, ExportTheme.LIGHT),
                    29);
            assertEquals(29, anim.choice().to(), "clamped to the run");
        });
    }

    @Test
    void pixelsReachTheFxImageUnchanged() {
        int[] px = {0xff112233, 0x80ffffff, 0x00000000, 0xffabcdef, 0xff000000, 0xff7f7f7f};
        Image img = ClipboardImages.toFx(new ArgbImage(3, 2, px));
        assertEquals(3, img.getWidth(), 0.0);
        assertEquals(0xff112233, img.getPixelReader().getArgb(0, 0));
        assertEquals(0xffabcdef, img.getPixelReader().getArgb(0, 1));
        assertEquals(0, img.getPixelReader().getArgb(2, 0) >>> 24);
    }
}
