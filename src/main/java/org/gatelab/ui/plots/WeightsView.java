package org.gatelab.ui.plots;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.gatelab.engine.trace.RecurrentWeights;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Surface;
import org.gatelab.render.figures.FigureText;
import org.gatelab.render.plot.FigureTitle;
import org.gatelab.render.plot.PlotStyle;
import org.gatelab.render.weights.WeightsFigure;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.workspace.WeightsViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;

/**
 * The recurrent matrix W_hh of the model the workspace shows ({@link WeightsFigure}): its heatmap with the gate
 * blocks, the eigenvalues of one block in the complex plane with the unit circle and the spectral radius, and the
 * norms of every block. It moves with the W_hh-scale knob: the {@link WeightsViewModel} computes the spectra off
 * the FX thread after every change, while the view is shown. Above the figure, the blocks to choose from, and for a
 * large model the button that computes its spectra.
 */
public final class WeightsView extends BorderPane {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "weights-view";

    private final WeightsViewModel model;
    private final Canvas canvas;
    private final HBox blocks = new HBox();
    private final ToggleGroup blockGroup = new ToggleGroup();
    private final Button compute = new Button("Compute the eigenvalues");
    private ObservableBooleanValue selected;

    public WeightsView(WeightsViewModel model) {
        this.model = model;
        this.canvas = new Canvas(model);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(GradientFlowView.STYLESHEET);
        blocks.getStyleClass().add(GradientFlowView.GROUP_STYLE_CLASS);
        compute.setId("whh-compute");
        compute.getStyleClass().add(GradientFlowView.BUTTON_STYLE_CLASS);
        compute.setTooltip(new Tooltip("A large model's eigenvalues take seconds to minutes; the window stays usable"));
        FlowPane strip = new FlowPane(blocks, compute);
        strip.getStyleClass().add(GradientFlowView.CONTROLS_STYLE_CLASS);
        strip.setMinWidth(0);
        setTop(strip);
        ChartFont.follow(strip, canvas);
        setCenter(canvas);
        setMinSize(0, 0);
        canvas.setMinSize(0, 0);
    }

    private void initListeners() {
        compute.setOnAction(e -> model.computeLarge());
        compute.visibleProperty().bind(model.waitingForConsentProperty());
        compute.managedProperty().bind(compute.visibleProperty());
        model.workspace().resultProperty().addListener((obs, o, r) -> showBlocks());
        model.blockProperty().addListener((obs, o, g) -> showBlocks());
        blockGroup.selectedToggleProperty().addListener((obs, o, t) -> {
            if (t != null && t.getUserData() != model.blockProperty().get()) {
                model.selectBlock((Gate) t.getUserData());
            }
        });
        sceneProperty().addListener((obs, o, s) -> updateActive());
        canvas.initListeners();
        showBlocks();
    }

    /**
     * The view computes its spectra only while {@code tabSelected} is true and it is in a window (its tab is the one
     * shown, its panel in the layout, maximised or detached).
     */
    public void setShownWhen(ObservableBooleanValue tabSelected) {
        selected = tabSelected;
        tabSelected.addListener((obs, o, on) -> updateActive());
        updateActive();
    }

    private void updateActive() {
        model.setActive(getScene() != null && (selected == null || selected.get()));
    }

    /** The block whose eigenvalues are plotted (null before the first trace). */
    public Gate shownBlock() {
        Trace t = model.workspace().trace();
        return t == null ? null : WeightsFigure.blockFor(t.cell(), model.blockProperty().get());
    }

    /** One toggle per gate block of the shown cell, the plotted one selected. */
    private void showBlocks() {
        Trace t = model.workspace().trace();
        CellKind cell = t == null ? null : t.cell();
        List<Gate> gates = cell == null ? List.of() : cell.blocks();
        Gate shown = cell == null ? null : WeightsFigure.blockFor(cell, model.blockProperty().get());
        if (blocks.getChildren().size() != gates.size() + 1
                || gates.stream().anyMatch(g -> blocks.lookup("#whh-block-" + g.symbol()) == null)) {
            blocks.getChildren().clear();
            blockGroup.getToggles().clear();
            Label label = new Label("eigenvalues of");
            label.getStyleClass().add(GradientFlowView.LABEL_STYLE_CLASS);
            blocks.getChildren().add(label);
            for (Gate g : gates) {
                ToggleButton b = new ToggleButton(g == Gate.A ? "W_hh" : "W_h" + g.symbol());
                b.setId("whh-block-" + g.symbol());
                // "W_hh" is a name, not a mnemonic (a toggle would show "Whh" and take Alt+H from Help)
                b.setMnemonicParsing(false);
                b.setUserData(g);
                b.setToggleGroup(blockGroup);
                b.getStyleClass().add(GradientFlowView.BUTTON_STYLE_CLASS);
                b.setTooltip(new Tooltip("The block of W_hh that feeds the " + g.title()));
                blocks.getChildren().add(b);
            }
        }
        for (var toggle : blockGroup.getToggles()) {
            if (toggle.getUserData() == shown && !toggle.isSelected()) {
                toggle.setSelected(true);
            }
        }
        canvas.requestRedraw();
    }

    /** The canvas: the figure, or the model's message while there is no matrix to draw. */
    static final class Canvas extends CanvasView {
        private final WeightsViewModel model;
        private final WeightsFigure figure = new WeightsFigure();

        Canvas(WeightsViewModel model) {
            this.model = model;
            getStyleClass().add("weights-canvas");
        }

        void initListeners() {
            model.weightsProperty().addListener((obs, o, n) -> requestRedraw());
            model.messageProperty().addListener((obs, o, n) -> requestRedraw());
            model.blockProperty().addListener((obs, o, n) -> requestRedraw());
            model.workspace().selection().layerProperty().addListener((obs, o, n) -> requestRedraw());
            model.workspace().selection().directionProperty().addListener((obs, o, n) -> requestRedraw());
        }

        /**
         * In presenter mode the room of {@link CanvasView#room()}, and at least the height the figure needs at its
         * type so its parts never overlap ({@link WeightsFigure#minimumHeight}): at a large scale four views in one
         * column would otherwise squeeze the eigenvalue plane out and its title over the table.
         */
        @Override
        public double[] room() {
            double[] room = super.room();
            RecurrentWeights w = model.selectedLayer();
            if (room[1] <= 0 || w == null || getScene() == null) {
                return room;
            }
            double scale = drawingScale();
            double width = Math.max(room[0], getWidth()) / scale;
            return measuring(g -> {
                Surface s = surfaceOn(g, width * scale, room[1]);
                double f = Math.max(effectiveTypeFloor(), FigureText.fontSize(s, width, room[1] / scale));
                double need = WeightsFigure.minimumHeight(s, new PlotStyle(palette(), f), w,
                        model.blockProperty().get(), layerCount(), width, f) * scale;
                return new double[] {room[0], Math.max(room[1], need)};
            });
        }

        private int layerCount() {
            return model.weightsProperty().get().get(model.weightsProperty().get().size() - 1).layer() + 1;
        }

        @Override
        protected void paint(Surface s) {
            RecurrentWeights w = model.selectedLayer();
            if (w == null) {
                double f = FigureText.fontSize(s, s.width(), s.height());
                s.setFont(f, false, false);
                s.setFill(palette().mutedText());
                String text = model.messageProperty().get().isEmpty() ? "computing…" : model.messageProperty().get();
                FigureTitle.paint(s, new PlotStyle(palette(), f), "", text, 0.8 * f,
                        s.height() / 3, s.width() - 1.6 * f, 4);
                return;
            }
            figure.paint(s, palette(), w, model.blockProperty().get(), layerCount());
        }
    }
}
