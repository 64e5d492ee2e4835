package org.gatelab.ui.seq2seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gatelab.engine.trace.AttentionRecord;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.Nodes;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.viewmodel.seq2seq.CostRow;
import org.gatelab.viewmodel.seq2seq.ModelOutcome;
import org.gatelab.viewmodel.seq2seq.Seq2SeqResults;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Seq2SeqTaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sequence-to-sequence tab against its view model's record: the attention map paints the engine's weights in
 * the rows decoded so far and nothing below; the bottleneck plot is the accuracies by length; the gradient plot is
 * the engine's gradient norms for the last decoded output; the cost table is the model's rows. Tiny settings
 * (reversing 2 to 5 symbols, 200 pairs, a GRU of 8, 2 epochs, no timing) and a worker that queues the run.
 */
@ExtendWith(ApplicationExtension.class)
class Seq2SeqViewTest {
    private final List<Runnable> queued = new ArrayList<>();
    private Seq2SeqViewModel model;
    private Seq2SeqView view;

    @Start
    void start(Stage stage) {
        model = new Seq2SeqViewModel(queued::add, false);
        assertTrue(model.setTask(Seq2SeqTaskKind.REVERSE));
        assertTrue(model.setLength(5));
        assertTrue(model.setCell(CellKind.GRU));
        assertTrue(model.setAttention(AttentionKind.ADDITIVE));
        assertTrue(model.setHidden(8));
        assertTrue(model.setEpochs(2));
        assertTrue(model.setTrainSize(200));
        view = new Seq2SeqView(model);
        Scene scene = new Scene(view, 1366, 768);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void train(FxRobot robot) {
        robot.clickOn("#seq2seq-start");
        assertTrue(model.isRunning());
        assertFalse(Nodes.byId(view, "seq2seq-cancel", Button.class).isDisabled());
        robot.interact(() -> {
            while (!queued.isEmpty()) {
                queued.remove(0).run();
            }
            model.drain();
        });
        assertFalse(model.isRunning());
        robot.interact(() -> { });
    }

    @Test
    void theAttentionMapFillsInWithTheEnginesWeightsAsDecodingPlays(FxRobot robot) {
        AttentionMapView map = Nodes.byType(view, AttentionMapView.class).get(0);
        assertEquals(0, map.shownRows());
        train(robot);
        Seq2SeqResults r = model.resultsProperty().get();
        AttentionRecord a = r.with().example().attention();
        robot.clickOn("#seq2seq-show-all");
        assertEquals(r.decoderSteps(), map.shownRows());
        robot.interact(() -> model.rewind());
        robot.clickOn("#seq2seq-step-once");
        robot.clickOn("#seq2seq-step-once");
        assertEquals(2, map.shownRows(), "two clicks, two decoder steps");
        assertEquals("decoder step 2 of " + r.decoderSteps(), Nodes.byId(view, "seq2seq-step", Label.class).getText());
        for (int s = 0; s < a.targetLength(); s++) {
            for (int t = 0; t < a.sourceLength(); t++) {
                if (s < 2) {
                    assertEquals(a.weight(s, 0, t), map.cellValue(s, t), 0.0);
                } else {
                    assertTrue(Double.isNaN(map.cellValue(s, t)), "row " + s + " is not decoded yet");
                }
            }
        }
        double[] variance = new double[1];
        robot.interact(() -> variance[0] = Snapshots.variance(Snapshots.of(map)));
        assertTrue(variance[0] > 0, "the map is painted");
        assertTrue(Nodes.byId(view, "seq2seq-example", Label.class).getText()
                .contains(String.join(" ", r.source())));
    }

    @Test
    void thePlotsAndTheCostTableAreTheModelsNumbers(FxRobot robot) {
        train(robot);
        robot.clickOn("#seq2seq-show-all");
        Seq2SeqResults r = model.resultsProperty().get();
        LinePlot bottleneck = Nodes.byType(view, BottleneckPlotView.class).get(0).plot();
        for (ModelOutcome o : List.of(r.without(), r.with())) {
            PlotSeries series = series(bottleneck, o == r.with() ? BottleneckPlotView.WITH : BottleneckPlotView.WITHOUT);
            assertArrayEquals(o.lengths(), series.x());
            assertArrayEquals(o.accuracyByLength(), series.y());
        }
        LinePlot gradient = Nodes.byType(view, InputGradientView.class).get(0).plot();
        assertArrayEquals(model.inputGradient(false), series(gradient, InputGradientView.WITHOUT).y());
        assertArrayEquals(model.inputGradient(true), series(gradient, InputGradientView.WITH).y());
        double[] last = new double[r.source().size()];
        for (int t = 0; t < last.length; t++) {
            last[t] = r.with().example().inputGradientNorm(r.decoderSteps() - 1, 0, t);
        }
        assertArrayEquals(last, series(gradient, InputGradientView.WITH).y(), "the last decoded output's gradient");
        List<CostRow> rows = r.cost();
        for (int i = 0; i < rows.size(); i++) {
            CostRow row = rows.get(i);
            assertEquals(row.label(), cell(i, 0));
            assertEquals(row.without(), cell(i, 1));
            assertEquals(row.with(), cell(i, 2));
            assertEquals(row.transformer(), cell(i, 3));
        }
    }

    @Test
    void theRunsProgressAndStatusShow(FxRobot robot) {
        assertTrue(Nodes.byId(view, "seq2seq-play", Button.class).isDisabled(), "nothing to play yet");
        train(robot);
        assertFalse(Nodes.byId(view, "seq2seq-play", Button.class).isDisabled());
        assertEquals(model.statusProperty().get(), Nodes.byId(view, "seq2seq-status", Label.class).getText());
        assertTrue(model.statusProperty().get().startsWith("Done."), model.statusProperty().get());
        assertFalse(Nodes.byId(view, "seq2seq-start", Button.class).isDisabled());
        assertTrue(Nodes.byId(view, "seq2seq-cancel", Button.class).isDisabled());
    }

    private String cell(int row, int column) {
        return Nodes.byId(view, "seq2seq-cost-" + row + "-" + column, Label.class).getText();
    }

    private static PlotSeries series(LinePlot plot, String name) {
        return plot.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
