package org.gatelab.viewmodel.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.lesson.Scene;
import org.gatelab.tasks.AddingTask;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.compare.CompareMode;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.viewmodel.memory.MemorySources;
import org.gatelab.viewmodel.memory.MemoryViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.InitScheme;
import org.junit.jupiter.api.Test;

/** The scene keys of the Compare and Memory tabs: read by the parser, checked by the validator, applied. */
class LessonTabsTest {
    private static final Path ASSETS = Path.of("assets").toAbsolutePath();

    private static ParsedLesson parse(String scene) {
        String text = "---\nid: x\ntitle: x\nsummary: x\nlevel: beginner\nminutes: 1\n---\n\n## One\n\n```scene\n"
                + scene + "\n```\n\n```check\nkind: choice\nquestion: q\noptions: [a, b]\nanswer: 1\nexplain: e\n```\n";
        return new LessonParser(new LessonPaths(ASSETS), new LessonStepValidator()).parse(text, Path.of("x.md"), "x.md",
                Path.of(".").toAbsolutePath());
    }

    @Test
    void compareKeysSetTheCompareTabUpAndStartIt() {
        ParsedLesson p = parse("open: compare\ncompare.task: adding\ncompare.length: 12\ncompare.train: 40\n"
                + "compare.validation: 20\ncompare.hidden: 3\ncompare.epochs: 1\ncompare.seeds: 2\n"
                + "compare.init: chrono\nstart_compare: true");
        assertTrue(p.ok(), "" + p.problems());
        Scene s = p.lesson().effectiveScene(0);
        assertEquals("12", s.compare().get("length"));
        assertEquals(Boolean.TRUE, s.compareStart());
        CompareViewModel compare = new CompareViewModel(Runnable::run);
        List<String> problems = new ArrayList<>();
        new LessonTabs(compare, null).apply(s, p.lesson().steps().get(0).scene(), true, problems::add);
        assertEquals(List.of(), problems);
        assertEquals(new AddingTask(12, 40, 20), compare.task());
        assertEquals(3, compare.hidden());
        assertEquals(InitScheme.CHRONO, compare.init());
        assertEquals(2, compare.seedsProperty().get());
        assertTrue(compare.isRunning(), "start_compare started it");
        compare.drain();
        assertEquals(6, compare.rows().size());
    }

    @Test
    void aSweepTakesItsLengths() {
        CompareViewModel compare = new CompareViewModel(Runnable::run);
        assertEquals(List.of(), LessonTabs.setUp(compare, java.util.Map.of("mode", "sweep", "lengths", "100, 200")));
        assertEquals(CompareMode.SWEEP, compare.modeProperty().get());
        assertEquals(List.of(100, 200), compare.lengthsProperty().get());
    }

    @Test
    void badKeysAreReportedWithTheirLine() {
        ParsedLesson p = parse("compare.task: adding\ncompare.lenght: 12\ncompare.seeds: 9\nmemory.model: "
                + "assets/models/adding-T100-rnn.safetensors\nmemory.task: adding\nmemory.state: c");
        assertFalse(p.ok());
        String all = p.problems().toString();
        assertTrue(all.contains("x.md:13: compare.lenght: unknown key"), all);
        assertTrue(all.contains("x.md:14: compare.seeds: seeds must be between 1 and 5"), all);
        assertTrue(all.contains("memory.state: only the LSTM has a cell state c, this is the RNN"), all);
    }

    @Test
    void memoryKeysShowTheModelTheQuantityAndTheSequence() {
        ParsedLesson p = parse("open: memory\nmemory.model: assets/models/adding-T100-lstm.safetensors\n"
                + "memory.task: adding\nmemory.length: 100\nmemory.quantity: running-sum\nmemory.sequence: 3");
        assertTrue(p.ok(), "" + p.problems());
        Scene s = p.lesson().effectiveScene(0);
        MemoryViewModel memory = new MemoryViewModel(TaskRunner.direct(), new WorkspaceViewModel(TaskRunner.direct()),
                MemorySources.bundled(ASSETS.resolve("models")));
        List<String> problems = new ArrayList<>();
        new LessonTabs(null, memory).apply(s, p.lesson().steps().get(0).scene(), true, problems::add);
        assertEquals(List.of(), problems);
        assertEquals(memory.sources().get(0), memory.sourceProperty().get(), "the bundled model, by its title");
        assertEquals("running-sum", memory.quantityProperty().get().id());
        assertEquals(3, memory.sequenceProperty().get());
    }
}
