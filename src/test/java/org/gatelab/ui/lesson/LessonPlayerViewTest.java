package org.gatelab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatelab.io.LessonProgress;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.ui.window.AppView;
import org.gatelab.ui.workspace.WorkspaceView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.lesson.CheckJudge;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.lesson.SceneSettings;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Plays a lesson in the real window as a learner would: open it from the list, step with the buttons and the
 * keyboard, answer its checks, reset a step; the workspace, the views and the verdicts follow the live engine.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPlayerViewTest {
    @TempDir
    Path dir;
    private WorkspaceViewModel session;
    private AppView shell;

    @Start
    void start(Stage stage) {
        LessonFixtures.write(LessonFixtures.lessons(dir), "01-demo.md", LessonFixtures.DEMO);
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        shell = LessonFixtures.shell(dir, session, new ArrayList<>());
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    private LessonPlayerViewModel player() {
        return shell.player();
    }

    private Lesson lesson() {
        return player().shelf().byId("01-demo");
    }

    private LessonPlayerView pane() {
        return shell.lessonDock().pane();
    }

    private WorkspaceView workspace() {
        return shell.workspace();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(0));
        robot.clickOn("#lesson-open-01-demo");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Gives a control of the lesson pane the focus, which scrolls it into view (as the Tab key would). */
    private static void focus(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Brings a control of the lesson pane into view, then clicks it. */
    private static void click(FxRobot robot, String query) {
        focus(robot, query);
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertAtStep(int index) {
        assertEquals(index, player().stepIndex());
        assertEquals(SceneSettings.workspace(lesson().effectiveScene(index)), session.settings());
        Integer step = lesson().effectiveScene(index).step();
        assertEquals(step == null ? 0 : step, session.timeline().step());
        assertEquals(lesson().steps().get(index).title(),
                ((javafx.scene.control.Label) pane().lookup("#lesson-step-title")).getText());
    }

    @Test
    void openingALessonAppliesItsSceneAndDocksThePaneBesideTheWorkspace(FxRobot robot) {
        open(robot);
        assertNotNull(player().lesson());
        assertTrue(shell.lessonDock().paneShown());
        assertEquals("tab-workspace", shell.tabs().getSelectionModel().getSelectedItem().getId());
        assertAtStep(0);
        assertEquals(3, session.selection().unit());
        assertEquals("A demo lesson", robot.lookup("#lesson-title").queryLabeled().getText());
        assertEquals("Step 1 of 3", robot.lookup("#lesson-step-label").queryLabeled().getText());
        assertNotNull(robot.from(pane()).lookup("An introduction with ").tryQuery().orElse(null),
                "the introduction is shown on the first step");
    }

    @Test
    void aLessonOpenedBeforeTheWorkspaceWasEverShownKeepsItsCell(FxRobot robot) {
        // the workspace's controls join the window only now, when the lesson shows the workspace for the first
        // time: their skins must not put the default cell (LSTM) back over the lesson's RNN
        LessonFixtures.write(LessonFixtures.lessons(dir), "04-rnn.md", """
                ---
                id: 04-rnn
                title: An RNN lesson
                summary: A cell before the default one in the cell buttons.
                level: beginner
                minutes: 5
                ---
                ## Only step
                ```scene
                cell: rnn
                hidden: 4
                ```
                Text.
                """);
        robot.interact(() -> player().shelf().reload());
        robot.interact(() -> shell.tabs().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        // the new card may not be laid out yet on a slow machine: press its button rather than aim the mouse at it
        robot.interact(() -> robot.lookup("#lesson-open-04-rnn").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tab-workspace", shell.tabs().getSelectionModel().getSelectedItem().getId());
        assertEquals(CellKind.RNN, session.settings().cell());
        assertEquals(4, session.settings().hiddenSize());
        assertTrue(robot.lookup("#cell-rnn").queryAs(ToggleButton.class).isSelected(),
                "the cell buttons show the lesson's cell");
        assertFalse(robot.lookup("#cell-lstm").queryAs(ToggleButton.class).isSelected());
        assertEquals(CellKind.RNN, session.trace().cell(), "the model computed is the RNN");
    }

    @Test
    void theDarkThemeChosenOnTheLessonsTabReachesTheViewsOfTabsShownLater(FxRobot robot) {
        robot.interact(() -> shell.themeProperty().set(org.gatelab.ui.canvas.Theme.DARK));
        List<Object> restyled = new ArrayList<>();
        shell.getScene().getStylesheets().addListener((javafx.collections.ListChangeListener<String>) restyled::add);
        open(robot);
        assertAllCanvasesDark(shell.workspace());
        assertTrue(restyled.isEmpty(), "the same theme is not put on the scene again (a restyle in a layout pass "
                + "left the lesson's text flows laid out in the old fonts)");
        robot.interact(() -> shell.tabs().getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertAllCanvasesDark(shell.training());
        robot.interact(() -> shell.tabs().getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertAllCanvasesDark(shell.compare());
    }

    private static void assertAllCanvasesDark(javafx.scene.Node root) {
        List<org.gatelab.ui.canvas.CanvasView> views = root.lookupAll("*").stream()
                .filter(n -> n instanceof org.gatelab.ui.canvas.CanvasView)
                .map(n -> (org.gatelab.ui.canvas.CanvasView) n).toList();
        assertFalse(views.isEmpty(), "drawn views in " + root);
        for (org.gatelab.ui.canvas.CanvasView v : views) {
            assertEquals(org.gatelab.render.Palette.DARK, v.palette(), v.getClass().getSimpleName() + " in " + root);
        }
    }

    @Test
    void theStepsViewsAreTheOnlyOnesShownAndClosingShowsAllAgain(FxRobot robot) {
        open(robot);
        WorkspaceView w = workspace();
        assertTrue(w.viewShown(ViewKind.DIAGRAM));
        assertTrue(w.viewShown(ViewKind.EQUATIONS));
        assertFalse(w.viewShown(ViewKind.ACTIVATIONS));
        assertFalse(w.viewShown(ViewKind.GRADIENT_FLOW));
        assertFalse(w.viewShown(ViewKind.CONNECTIVITY));

        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(w.viewShown(ViewKind.GRADIENT_HEATMAP), "the listed tab is selected in its panel");
        assertFalse(w.viewShown(ViewKind.ACTIVATIONS));
        assertFalse(w.viewShown(ViewKind.DIAGRAM));
        assertFalse(w.viewShown(ViewKind.GRADIENT_FLOW));

        robot.clickOn("#lesson-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shell.lessonDock().paneShown());
        assertEquals("tab-lessons", shell.tabs().getSelectionModel().getSelectedItem().getId());
        for (ViewKind v : List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS, ViewKind.GRADIENT_HEATMAP,
                ViewKind.GRADIENT_FLOW)) {
            assertTrue(w.viewShown(v), v.id());
        }
    }

    @Test
    void aMaximisedPanelIsRestoredWhenAStepChoosesTheViews(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(1));
        // the work area is a scroll pane: its panels take their places in the pulse after the tab is first shown
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shell.applyCss());
        WaitForAsyncUtils.waitForFxEvents();
        org.gatelab.ui.workspace.ViewPanel heatmaps = robot.lookup(".view-panel")
                .queryAllAs(org.gatelab.ui.workspace.ViewPanel.class).stream()
                .filter(p -> p.title().equals("Over time")).findFirst().orElseThrow();
        robot.clickOn(robot.from(heatmaps).lookup("□").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(workspace().viewShown(ViewKind.DIAGRAM), "the heatmaps fill the workspace");
        open(robot);
        assertTrue(workspace().viewShown(ViewKind.DIAGRAM));
        assertTrue(workspace().viewShown(ViewKind.EQUATIONS));
        robot.clickOn("#lesson-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(heatmaps.getScene() != null, "the restored panel is back in the window");
        assertTrue(workspace().viewShown(ViewKind.GRADIENT_FLOW));
    }

    @Test
    void aStepThatOpensTheTrainingLabSwitchesToIt(FxRobot robot) {
        open(robot);
        robot.interact(() -> player().goTo(2));
        assertEquals("tab-training", shell.tabs().getSelectionModel().getSelectedItem().getId());
        assertEquals("_Finish ✓", robot.lookup("#lesson-next").queryButton().getText());
        robot.clickOn("#lesson-dot-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertAtStep(0);
        assertEquals("tab-workspace", shell.tabs().getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void nextAndBackByButtonsAndKeys(FxRobot robot) {
        open(robot);
        assertTrue(robot.lookup("#lesson-back").queryButton().isDisabled());
        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertAtStep(1);
        robot.clickOn("#lesson-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertAtStep(0);

        robot.interact(() -> pane().requestFocus());
        robot.type(KeyCode.PAGE_DOWN);
        assertAtStep(1);
        robot.type(KeyCode.PAGE_UP);
        assertAtStep(0);
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertAtStep(1);
        assertEquals(12, session.timeline().step(), "Alt+Right is the lesson's, not the timeline's");
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        assertAtStep(0);

        focus(robot, "#check-1-number");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(0, player().stepIndex(), "keys typed into a field stay in the field");
    }

    @Test
    void resetThisStepUndoesTheLearnersChanges(FxRobot robot) {
        open(robot);
        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            session.setHiddenSize(3);
            session.setSeed(99);
            session.timeline().setStep(2);
        });
        assertEquals(3, session.settings().hiddenSize());
        robot.clickOn("#lesson-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertAtStep(1);
        assertEquals(6, session.trace().hiddenSize());
    }

    @Test
    void aChoiceAnswerShowsTheJudgesVerdict(FxRobot robot) {
        open(robot);
        Check.Choice check = (Check.Choice) lesson().steps().get(0).checks().get(0);
        javafx.scene.text.Text shown = robot.from(robot.lookup("#check-0-option-1").queryAs(javafx.scene.Node.class)).lookup(".text")
                .queryAs(javafx.scene.text.Text.class);
        assertEquals(check.options().get(1), shown.getText(), "an option's underscores are shown, not mnemonics");
        click(robot, "#check-0-option-0");
        click(robot, "#check-0-submit");
        WaitForAsyncUtils.waitForFxEvents();
        CheckJudge.Verdict wrong = CheckJudge.choice(check, 0);
        assertFalse(wrong.correct());
        assertEquals("✗ " + wrong.message(), pane().card(0).verdictText());
        assertFalse(pane().card(0).verdictRight());

        click(robot, "#check-0-option-" + check.answer());
        click(robot, "#check-0-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("✓ " + CheckJudge.choice(check, check.answer()).message(), pane().card(0).verdictText());
        assertTrue(pane().card(0).verdictRight());
        assertTrue(robot.lookup("#verdict-0").query().getStyleClass().contains(CheckCard.RIGHT));
    }

    @Test
    void aPredictionIsJudgedAgainstTheLiveTrace(FxRobot robot) {
        open(robot);
        Check.Predict check = (Check.Predict) lesson().steps().get(0).checks().get(1);
        double live = CheckJudge.read(check.probe(), session.result());
        assertEquals(session.trace().layer(0).gate(7, 0, org.gatelab.vocabulary.Gate.F, 3), live, 0.0);

        double far = live + 3 * check.tolerance();
        focus(robot, "#check-1-number");
        robot.write(Double.toString(far)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("✗ " + CheckJudge.predict(check, far, session.result()).message(),
                pane().card(1).verdictText());

        robot.interact(() -> robot.lookup("#check-1-number").queryTextInputControl().clear());
        robot.write(Double.toString(live));
        click(robot, "#check-1-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("✓ " + CheckJudge.predict(check, live, session.result()).message(),
                pane().card(1).verdictText());

        focus(robot, "#check-1-number");
        robot.interact(() -> robot.lookup("#check-1-number").queryTextInputControl().clear());
        robot.write("half").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane().card(1).verdictText().contains("Type a number"), pane().card(1).verdictText());
    }

    @Test
    void progressSurvivesANewPlayerReadingTheSameFile(FxRobot robot) {
        open(robot);
        Check.Choice check = (Check.Choice) lesson().steps().get(0).checks().get(0);
        click(robot, "#check-0-option-" + check.answer());
        click(robot, "#check-0-submit");
        click(robot, "#check-1-skip");
        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitForFxEvents();

        LessonPlayerViewModel[] again = new LessonPlayerViewModel[1];
        robot.interact(() -> again[0] = LessonFixtures.player(dir, new WorkspaceViewModel(TaskRunner.direct())));
        LessonProgress p = again[0].progress("01-demo");
        assertEquals(1, p.current());
        assertEquals(java.util.Set.of(0), p.finished());
        assertTrue(p.check(0, 0).correct());

        LessonListView[] list = new LessonListView[1];
        robot.interact(() -> list[0] = new LessonListView(again[0], null));
        assertEquals("1 of 3 steps", list[0].card("01-demo").progressText());
        robot.interact(() -> again[0].open(again[0].shelf().byId("01-demo")));
        assertEquals(1, again[0].stepIndex(), "a new player opens the lesson where the learner left it");
    }

    @Test
    void theLessonPaneCollapsesToAStripAndComesBack(FxRobot robot) {
        open(robot);
        robot.clickOn("#lesson-collapse");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shell.lessonDock().paneShown());
        assertNotNull(player().lesson(), "collapsing keeps the lesson open");
        robot.clickOn("#lesson-expand");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell.lessonDock().paneShown());
    }

    @Test
    void thePlayersMessagesAppearInThePane(FxRobot robot) throws Exception {
        open(robot);
        // the lesson's file changes under the player and now has a problem: the player closes it and says why
        LessonFixtures.write(LessonFixtures.lessons(dir), "01-demo.md", LessonFixtures.DEMO.replace("hidden: 6",
                "hiden: 6"));
        robot.interact(() -> player().shelf().reload());
        assertNull(player().lesson());
        String said = player().messageProperty().get();
        assertFalse(said.isEmpty());
        assertEquals("⚠ " + said, robot.lookup("#lesson-list-message").queryLabeled().getText());
    }
}
