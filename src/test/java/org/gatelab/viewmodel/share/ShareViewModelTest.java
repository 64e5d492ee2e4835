package org.gatelab.viewmodel.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gatelab.io.ExperimentFiles;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.SceneTab;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.SequenceKind;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scene shared and opened again sets everything up as it was (workspace, selection, timestep, views, tab, the
 * training lab), through a file, the clipboard's text and a link; a broken or hostile scene changes nothing and
 * the notice names the file, the line and the field.
 */
class ShareViewModelTest {
    @TempDir
    Path dir;

    private static final LessonPaths PATHS = new LessonPaths(Path.of("assets").toAbsolutePath().normalize());
    private static final List<ViewKind> VIEWS = List.of(ViewKind.EQUATIONS, ViewKind.GRADIENT_FLOW);

    private Window teacher;
    private Window student;

    /** A window's view models, as the app makes them, with work done on the calling thread. */
    private record Window(WorkspaceViewModel workspace, TrainingLabViewModel training, ShareViewModel share) {
        static Window make() {
            WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
            TrainingLabViewModel t = new TrainingLabViewModel(w, TaskRunner.direct(), Runnable::run);
            return new Window(w, t, new ShareViewModel(w, t, TaskRunner.direct(), PATHS));
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        teacher = Window.make();
        student = Window.make();
        teacher.workspace().setAll(WorkspaceSettings.defaults().withCell(CellKind.GRU).withHiddenSize(8)
                .withLayers(2).withSeed(7).withInit(InitScheme.XAVIER).withGateBias(1.5).withRecurrentScale(0.9)
                .withSource(SequenceKind.ADDING).withLength(30));
        teacher.workspace().timeline().setStep(12);
        teacher.workspace().selection().selectUnit(5);
        teacher.workspace().selection().selectLayer(1);
        teacher.workspace().selection().highlightGate(Gate.Z);
        teacher.workspace().setComparisonShown(true);
        teacher.training().applySettings(ExperimentFiles.fromKeys(Map.of("task", "real", "task.dataset", "co2",
                "task.difference", "1", "train.cell", "gru", "train.epochs", "5", "train.hidden", "16"), "test"));
    }

    private void assertSameState() {
        assertEquals(teacher.workspace().settings(), student.workspace().settings());
        assertEquals(12, student.workspace().timeline().step());
        assertEquals(5, student.workspace().selection().unit());
        assertEquals(1, student.workspace().selection().layer());
        assertEquals(Gate.Z, student.workspace().selection().highlightedGateProperty().get());
        assertTrue(student.workspace().comparisonShownProperty().get());
        ExperimentSettings lab = student.training().settings();
        assertEquals(teacher.training().settings(), lab);
        assertEquals(new ShareViewModel.Opened(SceneTab.TRAINING, VIEWS), student.share().openedProperty().get());
        assertFalse(student.share().noticeProperty().get().problem(), student.share().noticeProperty().get().text());
    }

    @Test
    void aSavedSceneOpensAsItWasSaved() throws IOException {
        Path file = dir.resolve("gru.gatelab");
        teacher.share().save(file, SceneTab.TRAINING, VIEWS);
        assertEquals("Saved the scene to gru.gatelab.", teacher.share().noticeProperty().get().text());
        String text = Files.readString(file);
        assertTrue(text.startsWith("# GateLab scene"), text);
        assertTrue(text.contains("\ncell: gru\n") && text.contains("\nstep: 12\n")
                && text.contains("\ntask.dataset: co2\n"), text);
        student.share().open(file);
        assertSameState();
        assertEquals("Opened the scene gru.gatelab.", student.share().noticeProperty().get().text());
    }

    @Test
    void theCopiedTextAndTheLinkOpenTheSameState() {
        String text = teacher.share().copy(SceneTab.TRAINING, VIEWS);
        student.share().openText(text, "the clipboard");
        assertSameState();

        Window third = Window.make();
        String link = teacher.share().copyLink(SceneTab.TRAINING, VIEWS);
        assertTrue(link.startsWith("gatelab:scene?open=training&cell=gru&"), link);
        assertFalse(link.contains(" ") || link.contains("\n"), link);
        student = third;
        student.share().openArgument(link);
        assertSameState();
    }

    @Test
    void theDefaultsMakeAShortSceneAndOpeningItResetsWhatTheReceiverHadChanged() {
        String text = Window.make().share().copy(SceneTab.WORKSPACE, List.of());
        assertEquals(List.of("open: workspace", "overlay: true", "task: " + ExperimentSettings.defaults().kind().id()),
                text.lines().toList(), "the tab, the overlay and the lab's task, nothing else");
        teacher.workspace().setComparisonShown(false);
        teacher.share().openText(text, "the clipboard");
        assertEquals(WorkspaceSettings.defaults(), teacher.workspace().settings());
        assertEquals(0, teacher.workspace().timeline().step());
        assertEquals(null, teacher.workspace().selection().highlightedGateProperty().get());
        assertTrue(teacher.workspace().comparisonShownProperty().get());
        assertEquals(ExperimentSettings.defaults(), teacher.training().settings());
    }

    @Test
    void typedValuesTravelExactly() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            values.append(i == 0 ? "" : " ").append(0.1 * i - 1.0 / 3);
        }
        teacher.workspace().setCustomInput(values.toString(), -0.25);
        teacher.workspace().setSource(SequenceKind.CUSTOM);
        String text = teacher.share().copy(SceneTab.WORKSPACE, List.of());
        assertTrue(text.lines().allMatch(l -> l.length() <= 100), "long values continue on short lines:\n" + text);
        student.share().openText(text, "the clipboard");
        assertEquals(teacher.workspace().settings().customTarget(), student.workspace().settings().customTarget());
        assertTrue(java.util.Arrays.equals(
                org.gatelab.tasks.SampleSequences.parseNumbers(teacher.workspace().settings().customValues()),
                org.gatelab.tasks.SampleSequences.parseNumbers(student.workspace().settings().customValues())),
                "every typed value reads back bit for bit");
        assertEquals(SequenceKind.CUSTOM, student.workspace().settings().source());
    }

    @Test
    void aCsvTaskIsLeftOutAndSaid() throws IOException {
        Path csv = dir.resolve("mine.csv");
        StringBuilder rows = new StringBuilder("t,value\n");
        for (int i = 0; i < 400; i++) {
            rows.append(i).append(',').append(Math.sin(i / 5.0)).append('\n');
        }
        Files.writeString(csv, rows);
        teacher.training().loadCsv(csv, "value");
        String text = teacher.share().copy(SceneTab.TRAINING, List.of());
        assertFalse(text.contains("task"), text);
        assertTrue(teacher.share().noticeProperty().get().text().contains("Not in the scene: the training lab's "
                + "csv task"), teacher.share().noticeProperty().get().text());
    }

    /** Opens {@code text} as a file and returns the notice; the student's window must be unchanged. */
    private String refused(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        WorkspaceSettings before = student.workspace().settings();
        ExperimentSettings lab = student.training().settings();
        student.share().open(file);
        ShareViewModel.Notice n = student.share().noticeProperty().get();
        assertTrue(n.problem(), n.text());
        assertEquals(before, student.workspace().settings(), "nothing changed");
        assertEquals(lab, student.training().settings(), "nothing changed");
        assertEquals(null, student.share().openedProperty().get());
        return n.text();
    }

    private String refused(String name, String text) throws IOException {
        return refused(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBrokenSceneNamesTheFileTheLineAndTheFieldAndChangesNothing() throws IOException {
        assertEquals("bad.gatelab:3: \"hidden\" must be between 1 and 1024, got 5000",
                refused("bad.gatelab", "# GateLab scene\ncell: lstm\nhidden: 5000\n"));
        String unknown = refused("typo.gatelab", "cell: lstm\nhiden: 8\n");
        assertTrue(unknown.startsWith("typo.gatelab:2:") && unknown.contains("hiden"), unknown);
        String lab = refused("lab.gatelab", "task: real\ntask.dataset: moon\n");
        assertTrue(lab.startsWith("lab.gatelab:") && lab.contains("moon"), lab);
        assertEquals("empty.gatelab: holds no scene: no \"key: value\" line (a scene sets e.g. \"cell: lstm\")",
                refused("empty.gatelab", "# nothing\n\n"));
        assertEquals("past.gatelab:3: step 500 is past the end of the input (t = 0 to 29)",
                refused("past.gatelab", "input: adding\nlength: 30\nstep: 500\n"));
        assertEquals("gate.gatelab:2: the RNN has no forget gate (its gates: a); set highlight to one of those or "
                + "to none", refused("gate.gatelab", "cell: rnn\nhighlight: f\n"));
    }

    @Test
    void aHostileSceneIsRefusedWithAMessage() throws IOException {
        assertEquals("binary.gatelab: not a text file (a scene is UTF-8 text)",
                refused("binary.gatelab", new byte[] {'c', 'e', 'l', 'l', ':', ' ', (byte) 0xff, (byte) 0xfe, 0}));
        String huge = refused("huge.gatelab", "cell: lstm\n" + "#".repeat(70_000) + "\n");
        assertTrue(huge.startsWith("huge.gatelab: ") && huge.contains("too large"), huge);
        String escape = refused("escape.gatelab", "model: ../../../../etc/passwd\n");
        assertTrue(escape.startsWith("escape.gatelab:1:"), escape);
        student.share().open(dir.resolve("missing.gatelab"));
        assertTrue(student.share().noticeProperty().get().text().endsWith("missing.gatelab: no such file"));
        student.share().open(dir);
        assertTrue(student.share().noticeProperty().get().text().endsWith(": is a folder, not a scene file"));
    }

    @Test
    void aBrokenLinkOrPasteIsRefusedWithAMessage() {
        WorkspaceSettings before = student.workspace().settings();
        student.share().openText("gatelab:scene?cell=lstm&hidden=%zz", "the link");
        assertEquals("the link: part 2 of the link is not properly encoded (URLDecoder: Illegal hex characters "
                + "in escape (%) pattern - Error at index 0 in: \"zz\")", student.share().noticeProperty().get().text());
        student.share().openText("gatelab:scene?cell=lstm&nonsense", "the link");
        assertEquals("the link: part 2 of the link, \"nonsense\", is not key=value",
                student.share().noticeProperty().get().text());
        student.share().openText("gatelab:scene?cell=lstm%0Ahidden%3A%205", "the link");
        assertEquals("the link: part 1 of the link holds a line break", student.share().noticeProperty().get().text());
        student.share().openText("cell: lstm\nmodel: mine.safetensors\n", "the clipboard");
        assertTrue(student.share().noticeProperty().get().text().startsWith("the clipboard:2: "),
                student.share().noticeProperty().get().text());
        assertTrue(student.share().noticeProperty().get().text().contains("no folder of its own"),
                student.share().noticeProperty().get().text());
        student.share().openText("Dear students, see you on Monday", "the clipboard");
        assertTrue(student.share().noticeProperty().get().text().startsWith("the clipboard:1: "),
                student.share().noticeProperty().get().text());
        assertEquals(before, student.workspace().settings());
        assertEquals(null, student.share().openedProperty().get());
    }

    @Test
    void aSceneThatWouldThrowALiveRunAwayIsRefused() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        // a worker that never gets to the run: it stays live
        TrainingLabViewModel t = new TrainingLabViewModel(w, TaskRunner.direct(), task -> { });
        ShareViewModel share = new ShareViewModel(w, t, TaskRunner.direct(), PATHS);
        t.start();
        assertTrue(t.lockedProperty().get());
        String text = teacher.share().copy(SceneTab.TRAINING, VIEWS);
        share.openText(text, "the clipboard");
        assertEquals("the clipboard sets the training lab up, which is training now: stop the run with ↺ Reset "
                + "first (or save its model). Nothing was changed.", share.noticeProperty().get().text());
        assertEquals(WorkspaceSettings.defaults(), w.settings());
        assertTrue(t.lockedProperty().get(), "the run goes on");
    }

    @Test
    void aFailedSaveSaysSoAndLeavesNoFile() {
        Path file = dir.resolve("no-such-folder").resolve("x.gatelab");
        teacher.share().save(file, SceneTab.WORKSPACE, List.of());
        assertTrue(teacher.share().noticeProperty().get().problem());
        assertTrue(teacher.share().noticeProperty().get().text().startsWith("Could not save the scene: "),
                teacher.share().noticeProperty().get().text());
        assertFalse(Files.exists(file));
    }
}
