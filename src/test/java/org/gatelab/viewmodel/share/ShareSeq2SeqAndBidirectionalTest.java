package org.gatelab.viewmodel.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.SceneTab;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.lesson.Seq2SeqScenes;
import org.gatelab.viewmodel.seq2seq.Seq2SeqSettings;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Seq2SeqTaskKind;
import org.junit.jupiter.api.Test;

/**
 * A scene copied from a window with a bidirectional workspace (reverse direction followed) and the
 * Sequence-to-sequence tab set up opens the same in another window; a seq2seq value out of range is refused with
 * its key, and the tab keeps its settings.
 */
class ShareSeq2SeqAndBidirectionalTest {
    private static final LessonPaths PATHS = new LessonPaths(Path.of("assets").toAbsolutePath().normalize());

    private record Window(WorkspaceViewModel workspace, Seq2SeqViewModel seq2seq, ShareViewModel share) {
        static Window make() {
            WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
            TrainingLabViewModel t = new TrainingLabViewModel(w, TaskRunner.direct(), Runnable::run);
            Seq2SeqViewModel s = new Seq2SeqViewModel(Runnable::run, false);
            ShareViewModel share = new ShareViewModel(w, t, TaskRunner.direct(), PATHS);
            share.setUp(new Seq2SeqScenes(s));
            return new Window(w, s, share);
        }
    }

    @Test
    void theSeq2SeqTabAndABidirectionalWorkspaceTravelInAScene() {
        Window teacher = Window.make();
        Window student = Window.make();
        teacher.workspace().setLayers(2);
        teacher.workspace().setBidirectional(true);
        teacher.workspace().selection().selectLayer(1);
        teacher.workspace().selection().selectDirection(Direction.REVERSE);
        teacher.seq2seq().setTask(Seq2SeqTaskKind.SORT);
        teacher.seq2seq().setLength(9);
        teacher.seq2seq().setCell(CellKind.LSTM);
        teacher.seq2seq().setAttention(AttentionKind.ADDITIVE);
        teacher.seq2seq().setEpochs(4);

        String text = teacher.share().copy(SceneTab.SEQ2SEQ, List.of());
        assertTrue(text.contains("open: seq2seq\n") && text.contains("bidirectional: true\n")
                && text.contains("direction: reverse\n") && text.contains("seq2seq.task: sort\n")
                && text.contains("seq2seq.length: 9\n") && text.contains("seq2seq.attention: additive\n"), text);
        student.share().openText(text, "the clipboard");
        assertFalse(student.share().noticeProperty().get().problem(), student.share().noticeProperty().get().text());
        assertEquals(teacher.workspace().settings(), student.workspace().settings());
        assertTrue(student.workspace().trace().bidirectional());
        assertEquals(1, student.workspace().selection().layer());
        assertEquals(Direction.REVERSE, student.workspace().selection().direction());
        assertEquals(teacher.seq2seq().settings(), student.seq2seq().settings());
        assertEquals(SceneTab.SEQ2SEQ, student.share().openedProperty().get().tab());
    }

    @Test
    void aSortLongerThanTheTaskAllowsIsRefusedWithItsKey() {
        Window student = Window.make();
        Seq2SeqSettings before = student.seq2seq().settings();
        student.share().openText("open: seq2seq\nseq2seq.task: sort\nseq2seq.length: 5000\n", "the clipboard");
        String notice = student.share().noticeProperty().get().text();
        assertTrue(student.share().noticeProperty().get().problem(), notice);
        assertTrue(notice.contains("seq2seq.length"), notice);
        assertEquals(before, student.seq2seq().settings());
    }
}
