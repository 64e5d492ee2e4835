package org.gatelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.SequenceKind;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.Test;

/** A scene written as text or as a link reads back as the same scene. */
class SceneWriterTest {
    private static final LessonPaths PATHS = new LessonPaths(Path.of("assets").toAbsolutePath().normalize());

    private static Scene read(String text) {
        SceneFiles.Result r = SceneFiles.parse(text, "x", PATHS, null);
        assertTrue(r.problems().isEmpty(), r.problems() + " in\n" + text);
        return r.scene();
    }

    @Test
    void everyFieldReadsBackExactly() {
        Scene s = new Scene(CellKind.RNN, Nonlinearity.RELU, 12, 3, 123456789012L, InitScheme.ORTHOGONAL,
                Double.NaN, 0.1 + 0.2, SequenceKind.CUSTOM, null, "0.1, -1e-7, 3.3333333333333335, 2",
                1.0 / 3, null, 2, 11, 2, List.of(ViewKind.GRADIENT_FLOW, ViewKind.DIAGRAM), Gate.A, true, false,
                SceneTab.COMPARE, Map.of("task", "real", "task.dataset", "sunspots", "train.epochs", "3",
                "task.window", "12"), true);
        String text = SceneWriter.text(s);
        assertEquals(s, read(text));
        assertEquals(s, read(SceneWriter.file(s)));
        assertEquals(s, read(SceneLinks.text(SceneLinks.link(s))));
        assertEquals(text, SceneWriter.text(read(text)), "the same text twice: a fixed order");
        assertTrue(text.indexOf("task: real") < text.indexOf("task.dataset") && text.indexOf("task.window")
                < text.indexOf("train.epochs"), text);
    }

    @Test
    void aLinkIsOneLineThatPeopleCanRead() {
        Scene s = read("cell: gru\nhidden: 8\nviews: [diagram, equations]\n");
        assertEquals("gatelab:scene?cell=gru&hidden=8&views=%5Bdiagram%2C%20equations%5D", SceneLinks.link(s));
        assertEquals(s, read(SceneLinks.text("  GATELAB://scene?cell=gru&hidden=8&views=[diagram,equations]\n")));
    }
}
