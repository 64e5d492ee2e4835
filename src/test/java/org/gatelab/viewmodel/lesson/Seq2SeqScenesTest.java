package org.gatelab.viewmodel.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.gatelab.io.ProgressStore;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.SceneTab;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.seq2seq.Seq2SeqSettings;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Seq2SeqTaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seq2seq scene keys: read into the tab's settings (refused with their key when out of range), written back
 * from them, and set up by the bundled lesson 11 on the step that asks the learner to predict the bottleneck.
 */
class Seq2SeqScenesTest {
    @TempDir
    Path dir;

    @Test
    void theKeysMakeTheTabsSettingsAndBack() {
        Seq2SeqSettings s = Seq2SeqScenes.settings(Map.of("task", "sort", "length", "9", "attention", "dot",
                "cell", "lstm", "hidden", "16", "epochs", "3", "pairs", "500"));
        assertEquals(Seq2SeqSettings.defaults().withTask(Seq2SeqTaskKind.SORT).withLength(9)
                .withAttention(AttentionKind.DOT).withCell(CellKind.LSTM).withHidden(16).withEpochs(3)
                .withTrainSize(500), s);
        assertEquals(s, Seq2SeqScenes.settings(Seq2SeqScenes.keys(s)));
        assertEquals(Map.of(), Seq2SeqScenes.keys(Seq2SeqSettings.defaults()), "the defaults need no key");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Seq2SeqScenes.settings(Map.of("task", "sort", "length", "5000")));
        assertTrue(e.getMessage().startsWith("seq2seq.length: "), e.getMessage());
    }

    @Test
    void lessonElevenSetsTheTabUpForItsBottleneckPrediction() {
        Path root = Path.of("").toAbsolutePath();
        LessonPaths paths = new LessonPaths(root.resolve("assets"));
        LessonParser parser = new LessonParser(paths, new LessonStepValidator());
        Lesson lesson = parser.read(root.resolve("lessons/11-bottleneck-and-attention.md"),
                "11-bottleneck-and-attention.md").lesson();
        assertNotNull(lesson);
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        LessonShelf shelf = new LessonShelf(parser, root.resolve("lessons"), dir.resolve("user"), TaskRunner.direct());
        LessonPlayerViewModel player = new LessonPlayerViewModel(session, null, TaskRunner.direct(), shelf,
                new ProgressStore(dir.resolve("progress.json")));
        Seq2SeqViewModel tab = new Seq2SeqViewModel(Runnable::run, false);
        player.setUp(new Seq2SeqScenes(tab));
        player.open(lesson);
        assertEquals(SceneTab.WORKSPACE, player.tabProperty().get());
        player.next();
        assertEquals(SceneTab.SEQ2SEQ, player.tabProperty().get());
        // the settings the lesson's text names, and its tests train with
        assertEquals(Seq2SeqSettings.defaults().withTask(Seq2SeqTaskKind.REVERSE).withLength(10)
                .withCell(CellKind.GRU).withAttention(AttentionKind.GENERAL).withHidden(32).withEpochs(8)
                .withTrainSize(3000), tab.settings());
    }
}
