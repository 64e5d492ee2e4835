package org.gatelab.ui.diagram;

import javafx.animation.AnimationTimer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.gatelab.render.Surface;
import org.gatelab.render.figures.FigureSelection;
import org.gatelab.render.figures.UnrolledFigure;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.workspace.UnrolledViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * The network unrolled in time ({@link UnrolledFigure}): the selected layer's cell copied over a window of steps
 * ending at the timeline's step, h (and c) flowing right, and the backward pass sweeping right to left, each arrow
 * labelled with the factor its path scales the gradient by. Above it a strip with a button that plays the sweep
 * again. The sweep's progress is the {@link UnrolledViewModel}'s; only the look is animated, every number is the
 * trace's.
 */
public final class UnrolledView extends BorderPane {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "unrolled-view";
    static final String STYLESHEET = UnrolledView.class.getResource("unrolled.css").toExternalForm();

    private final UnrolledViewModel model;
    private final Canvas canvas;
    private final Button play = new Button("▶  Play the backward pass");

    public UnrolledView(UnrolledViewModel model) {
        this.model = model;
        this.canvas = new Canvas(model);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(STYLESHEET);
        play.setId("unrolled-play");
        play.getStyleClass().add("unrolled-button");
        play.setTooltip(new Tooltip("Sweep the gradient back through time again, from the last copy to the first"));
        Label note = new Label("the gradient flows right to left");
        note.getStyleClass().add("unrolled-note");
        FlowPane strip = new FlowPane(play, note);
        strip.getStyleClass().add("unrolled-controls");
        strip.setMinWidth(0);
        setTop(strip);
        setCenter(canvas);
        setMinSize(0, 0);
        canvas.setMinSize(0, 0);
    }

    private void initListeners() {
        play.setOnAction(e -> model.playBackward());
        canvas.initListeners();
    }

    /** The canvas: the figure at the model's progress, redrawn when the trace, the selection or the sweep moves. */
    static final class Canvas extends CanvasView {
        private final UnrolledViewModel model;
        private final UnrolledFigure figure = new UnrolledFigure();
        private long last = -1;
        private final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                double seconds = last < 0 ? 0 : (now - last) / 1e9;
                last = now;
                model.advance(seconds);
            }
        };

        Canvas(UnrolledViewModel model) {
            this.model = model;
            getStyleClass().add("unrolled-canvas");
        }

        void initListeners() {
            WorkspaceViewModel w = model.workspace();
            w.resultProperty().addListener((obs, o, n) -> requestRedraw());
            w.timeline().stepProperty().addListener((obs, o, n) -> requestRedraw());
            w.selection().unitProperty().addListener((obs, o, n) -> requestRedraw());
            w.selection().layerProperty().addListener((obs, o, n) -> requestRedraw());
            w.selection().directionProperty().addListener((obs, o, n) -> requestRedraw());
            model.progressProperty().addListener((obs, o, n) -> requestRedraw());
            w.sealedProperty().addListener((obs, o, n) -> requestRedraw());
            model.sweepingProperty().addListener((obs, o, on) -> {
                if (on) {
                    last = -1;
                    timer.start();
                } else {
                    timer.stop();
                }
            });
        }

        @Override
        protected void paint(Surface s) {
            WorkspaceViewModel w = model.workspace();
            FigureSelection sel = new FigureSelection(w.timeline().step(), w.selection().unit(),
                    w.selection().layer(), w.selection().highlightedGateProperty().get(), w.selection().direction());
            figure.paint(s, palette(), w.trace(), sel, model.progress(), w.sealed());
        }
    }
}
