package org.gatelab.viewmodel.export;

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
import javax.imageio.ImageIO;
import org.gatelab.export.ExportFormat;
import org.gatelab.export.ExportRequest;
import org.gatelab.export.ExportSubject;
import org.gatelab.export.ExportTheme;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export view model without a window: requests follow the session, work reports back, folders are kept. */
class ExportModelTest {
    @TempDir
    Path dir;

    private WorkspaceViewModel session;
    private ExportModel model;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        session = new WorkspaceViewModel(TaskRunner.direct());
        model = new ExportModel(session, TaskRunner.direct(), FolderMemory.inMemory(null));
    }

    @Test
    void requestsFollowTheSelectionTheViewsShow() {
        session.timeline().setStep(7);
        session.selection().selectUnit(3);
        session.selection().highlightGate(Gate.O);
        ExportRequest r = model.request(ExportTarget.of(ExportSubject.DIAGRAM),
                new ExportChoice(ExportFormat.PNG, 4, ExportTheme.DARK, true));
        assertEquals(7, r.selection().step());
        assertEquals(3, r.selection().unit());
        assertEquals(Gate.O, r.selection().highlightedGate());
        assertEquals(4, r.scale());
        assertEquals(ExportTheme.DARK, r.theme());
        assertTrue(r.transparent());
        assertEquals(1, model.request(ExportTarget.of(ExportSubject.DIAGRAM),
                new ExportChoice(ExportFormat.SVG, 4, ExportTheme.DARK, true)).scale(), "vectors ignore the scale");
        assertEquals("lstm-sine-diagram-t07.png", model.suggestedName(ExportTarget.of(ExportSubject.DIAGRAM),
                ExportChoice.DEFAULT));
    }

    @Test
    void exportWritesTheFileRemembersTheFolderAndSaysSo() throws IOException {
        session.timeline().setStep(4);
        Path file = dir.resolve("x.png");
        List<Path> done = new ArrayList<>();
        model.export(ExportTarget.of(ExportSubject.GRADIENT_FLOW), new ExportChoice(ExportFormat.PNG, 1,
                ExportTheme.LIGHT, false), file, done::add, errors::add);
        assertEquals(List.of(file), done);
        assertTrue(errors.isEmpty(), errors.toString());
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(1200, img.getWidth());
        assertEquals(dir, model.folders().lastFolder());
        assertTrue(model.statusProperty().get().startsWith("Exported"), model.statusProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(ExportFormat.PNG, model.lastChoice().format());
    }

    @Test
    void theThemeIsTheScreensUntilTheUserExportsWithAThemeOfTheirOwn() {
        assertEquals(ExportTheme.LIGHT, model.lastChoice().theme());
        model.setScreenTheme(ExportTheme.DARK);
        assertEquals(ExportTheme.DARK, model.lastChoice().theme(), "a first export looks like the screen");
        assertEquals(ExportTheme.DARK, model.defaultAnimation().theme());
        model.export(ExportTarget.of(ExportSubject.DIAGRAM), new ExportChoice(ExportFormat.PNG, 1, ExportTheme.LIGHT,
                false), dir.resolve("d.png"), p -> { }, errors::add);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(ExportTheme.LIGHT, model.lastChoice().theme(), "then the user's own choice stays");
        model.setScreenTheme(ExportTheme.DARK);
        assertEquals(ExportTheme.LIGHT, model.lastChoice().theme());
    }

    @Test
    void aFailureIsReportedWithTheFileAndTheCause() {
        Path file = dir.resolve("missing").resolve("x.svg");
        List<Path> done = new ArrayList<>();
        model.export(ExportTarget.of(ExportSubject.EQUATIONS), new ExportChoice(ExportFormat.SVG, 1, ExportTheme.LIGHT,
                false), file, done::add, errors::add);
        assertTrue(done.isEmpty());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("cannot write " + file), errors.get(0));
        assertEquals(errors.get(0), model.statusProperty().get());
        assertFalse(Files.exists(file));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void animationAndClipboardImage() {
        List<Object> done = new ArrayList<>();
        model.exportAnimation(ExportTarget.of(ExportSubject.DIAGRAM),
                new AnimationChoice(3, 1, 100, 1, ExportTheme.LIGHT), dir, done::add, errors::add);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(1, done.size());
        assertTrue(Files.exists(dir.resolve("lstm-sine-diagram-t01-t03.gif")));
        assertTrue(Files.exists(dir.resolve("lstm-sine-diagram-t01-t03-t02.png")));
        model.renderImage(ExportTarget.of(ExportSubject.EQUATIONS), ExportChoice.DEFAULT, done::add, errors::add);
        assertEquals(2, done.size());
        assertEquals(2400, ((org.gatelab.export.ArgbImage) done.get(1)).width());
    }

    @Test
    void theFolderMemoryFallsBackToHome() {
        FolderMemory m = FolderMemory.inMemory(dir.resolve("gone"));
        assertEquals(Path.of(System.getProperty("user.home")), m.lastFolder());
        m.remember(dir);
        assertEquals(dir.toAbsolutePath(), m.lastFolder());
        assertNotNull(model.defaultAnimation());
        assertEquals(session.trace().length() - 1, model.defaultAnimation().to());
    }
}
