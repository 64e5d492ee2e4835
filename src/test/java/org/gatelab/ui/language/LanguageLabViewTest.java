package org.gatelab.ui.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gatelab.tasks.text.Hypothesis;
import org.gatelab.training.text.TextReading;
import org.gatelab.training.text.UnitSearch;
import org.gatelab.training.text.UnitValue;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.language.LanguageLabViewModel;
import org.gatelab.viewmodel.language.UnitRow;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The language lab's window on the bundled brackets LSTM: Find the unit lists the engine's ranking for the pattern
 * and value chosen on screen, and the hover panel shows the model's next-character probabilities.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageLabViewTest {
    private LanguageLabViewModel model;
    private LanguageLabView view;

    @Start
    void start(Stage stage) {
        model = new LanguageLabViewModel(new WorkspaceViewModel(TaskRunner.direct()), TaskRunner.direct(),
                Runnable::run, Path.of("assets"));
        model.setCorpus("brackets");
        view = new LanguageLabView(model);
        Scene scene = new Scene(view, 1366, 768);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void findTheUnitListsTheEngineRankingForTheBracketDepth(FxRobot robot) {
        TextPane text = view.text;
        robot.interact(() -> {
            view.tabs.getSelectionModel().select(1);
            text.value.getSelectionModel().select("c");
            text.search.pattern.getSelectionModel().select(Hypothesis.BRACKET_DEPTH.title());
        });
        robot.clickOn(text.search.search);
        TextReading r = model.inspector().reading();
        assertNotNull(r);
        List<UnitSearch.Match> expected = UnitSearch.rank(r, UnitValue.CELL,
                Hypothesis.BRACKET_DEPTH.signal(r.text(), null));
        List<UnitRow> shown = text.search.ranking.getItems();
        assertTrue(shown.size() >= 3, shown.toString());
        for (int k = 0; k < shown.size(); k++) {
            assertEquals(expected.get(k).unit(), shown.get(k).unit());
            assertEquals(expected.get(k).r(), shown.get(k).r(), 0.0);
        }
        assertEquals(8, shown.get(0).unit(), "the counting unit lesson 10 names");
        assertEquals(8, (int) text.unit.getValue(), "the text is coloured by the best unit");
    }

    @Test
    void hoveringACharacterShowsTheModelsNextCharacterProbabilities(FxRobot robot) {
        robot.interact(() -> view.tabs.getSelectionModel().select(1));
        TextReading r = model.inspector().reading();
        robot.interact(() -> model.inspector().hover(2));
        String details = view.text.details.getText();
        assertTrue(details.startsWith("\"" + org.gatelab.tasks.text.Vocabulary.show(r.codePoint(2))
                + "\", character 3 of " + r.length()), details);
        int open = r.vocabulary().index('(');
        assertTrue(details.contains(String.format(Locale.ROOT, "  ( %5.1f%%", 100 * r.probability(2, open))),
                details);
    }
}
