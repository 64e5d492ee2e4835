package org.gatelab.ui.plots;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.gatelab.render.figures.GradientFlowFigure;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Ranges;

/**
 * The vanishing-gradient plot: ||dL/dh_t|| of the selected layer against t on a log axis, with the norm of the
 * step Jacobian ||∂h_t/∂h_t-1||_F dashed beside it, or, in overlay mode, ||dL/dh_t|| of the RNN, the LSTM and
 * the GRU on the same input. Above the plot a strip of controls: the overlay toggle, a slider for the W_hh
 * scale and one for the forget-gate (GRU update-gate) bias (over their whole ranges, with a button back to the
 * initializer's default), so a student drags and watches a vanishing gradient turn into an exploding one.
 * The sliders change the model only through the workspace; the plot redraws when the new trace arrives.
 *
 * <p>Tests read what it shows through a page object ({@code GradientFlowPage}, under src/test).
 */
public final class GradientFlowView extends javafx.scene.layout.BorderPane {
    /** Style class of the whole view. */
    public static final String STYLE_CLASS = "gradient-flow-view";
    /** Style class of the strip of controls above the plot. */
    public static final String CONTROLS_STYLE_CLASS = "plot-controls";
    /** Style class of one label + slider + value group in the strip. */
    public static final String GROUP_STYLE_CLASS = "plot-control-group";
    /** Style class of a control's name. */
    public static final String LABEL_STYLE_CLASS = "plot-control-label";
    /** Style class of a slider's current value. */
    public static final String VALUE_STYLE_CLASS = "plot-control-value";
    /** Style class of the sliders. */
    public static final String SLIDER_STYLE_CLASS = "plot-slider";
    /** Style class of the overlay toggle and the default button. */
    public static final String BUTTON_STYLE_CLASS = "plot-button";

    /** Series name of ||dL/dh_t||. */
    public static final String GRADIENT = GradientFlowFigure.GRADIENT;
    /** Series name of the step Jacobian's Frobenius norm ||∂h_t/∂h_{t-1}||_F. */
    public static final String JACOBIAN = GradientFlowFigure.JACOBIAN;

    /** Pseudo-class set while the view is at least {@link #LARGE_HEIGHT} pixels high: larger controls. */
    public static final PseudoClass LARGE = PseudoClass.getPseudoClass("large");
    static final double LARGE_HEIGHT = 760;

    static final String STYLESHEET = GradientFlowView.class.getResource("plots.css").toExternalForm();

    private final WorkspaceViewModel workspace;
    private final GradientFlowPlot plot;
    private final ToggleButton overlayToggle = new ToggleButton("RNN · LSTM · GRU");
    private final Slider scaleSlider = new Slider(Ranges.RECURRENT_SCALE.min(), Ranges.RECURRENT_SCALE.max(), 1);
    private final Label scaleValue = new Label();
    private final Slider biasSlider = new Slider(Ranges.GATE_BIAS.min(), Ranges.GATE_BIAS.max(), 0);
    private final Label biasLabel = new Label();
    private final Label biasValue = new Label();
    private final Button biasDefault = new Button("reset");
    private boolean syncing;

    public GradientFlowView(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        this.plot = new GradientFlowPlot(workspace);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(STYLESHEET);

        overlayToggle.getStyleClass().add(BUTTON_STYLE_CLASS);
        overlayToggle.setId("flow-overlay");
        overlayToggle.setTooltip(new Tooltip("Compare: the gradient of the RNN, the LSTM and the GRU on the same input"));

        scaleSlider.getStyleClass().add(SLIDER_STYLE_CLASS);
        scaleSlider.setId("flow-scale");
        scaleSlider.setBlockIncrement(0.05);
        scaleSlider.setTooltip(new Tooltip("Multiplies the recurrent weights W_hh after initialization: "
                + "small values make the gradient vanish, large ones can make it explode"));
        Label scaleLabel = label("W_hh scale");
        scaleValue.getStyleClass().add(VALUE_STYLE_CLASS);
        scaleValue.setId("flow-scale-value");

        biasSlider.getStyleClass().add(SLIDER_STYLE_CLASS);
        biasSlider.setId("flow-bias");
        biasSlider.setBlockIncrement(0.1);
        biasSlider.setTooltip(new Tooltip("The LSTM's forget-gate bias b_f (the GRU's update-gate bias b_z): "
                + "large values keep the gates open, so the memory and the gradient last longer"));
        biasLabel.getStyleClass().add(LABEL_STYLE_CLASS);
        biasLabel.setId("flow-bias-label");
        biasValue.getStyleClass().add(VALUE_STYLE_CLASS);
        biasValue.setId("flow-bias-value");
        biasDefault.getStyleClass().add(BUTTON_STYLE_CLASS);
        biasDefault.setId("flow-bias-default");
        biasDefault.setTooltip(new Tooltip("Back to the initializer's own gate bias"));
        // on a narrow panel the labels and sliders give way; the values and the button keep their size
        for (Control c : new Control[] {biasDefault, biasValue, scaleValue, overlayToggle}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        biasLabel.setTooltip(new Tooltip());
        biasLabel.getTooltip().textProperty().bind(biasLabel.textProperty());

        HBox overlayGroup = group(label("compare"), overlayToggle);
        HBox scaleGroup = group(scaleLabel, scaleSlider, scaleValue);
        HBox biasGroup = group(biasLabel, biasSlider, biasValue, biasDefault);
        FlowPane strip = new FlowPane(overlayGroup, scaleGroup, biasGroup);
        strip.getStyleClass().add(CONTROLS_STYLE_CLASS);
        strip.setMinWidth(0); // else a flow pane is at least as wide as its widest row, wider than a narrow panel
        setTop(strip);
        setCenter(plot);
        ChartFont.follow(strip, plot);
        setMinSize(0, 0);
        plot.setMinSize(0, 0);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(LABEL_STYLE_CLASS);
        return l;
    }

    private static HBox group(Node... nodes) {
        HBox box = new FittingGroup(nodes);
        box.getStyleClass().add(GROUP_STYLE_CLASS);
        return box;
    }

    /**
     * A row of controls that asks its flow pane for no more than the pane's width, so on a narrow panel (a laptop
     * with the lesson pane open) its slider and label give way instead of pushing the value and "reset" out of
     * sight. (A flow pane gives every child its preferred width, however narrow the pane.)
     */
    private static final class FittingGroup extends HBox {
        FittingGroup(Node... nodes) {
            super(nodes);
            // a cached preferred width would outlive a change of the pane's width
            ChangeListener<Number> paneResized = (obs, o, w) -> requestLayout();
            parentProperty().addListener((obs, o, n) -> {
                if (o instanceof Region old) {
                    old.widthProperty().removeListener(paneResized);
                }
                if (n instanceof Region pane) {
                    pane.widthProperty().addListener(paneResized);
                }
            });
        }

        @Override
        protected double computePrefWidth(double height) {
            double pref = super.computePrefWidth(height);
            if (getParent() instanceof Region pane && pane.getWidth() > 0) {
                double room = pane.getWidth() - pane.snappedLeftInset() - pane.snappedRightInset();
                return Math.max(minWidth(height), Math.min(pref, room));
            }
            return pref;
        }
    }

    private void initListeners() {
        plot.initListeners();
        // a big view (a projector, a 4K screen) gets bigger controls, as its plot gets bigger type
        heightProperty().addListener((obs, o, h) -> pseudoClassStateChanged(LARGE, h.doubleValue() >= LARGE_HEIGHT));
        overlayToggle.selectedProperty().addListener((obs, o, on) -> {
            workspace.setOverlay(on);
            plot.setOverlay(on);
            syncControls();
        });
        // a lesson's scene ("overlay: true") sets the workspace's overlay: the toggle follows
        workspace.overlayProperty().addListener((obs, o, on) -> overlayToggle.setSelected(on));
        overlayToggle.setSelected(workspace.overlayProperty().get());
        scaleSlider.valueProperty().addListener((obs, o, v) -> {
            if (!syncing) {
                // steps of 0.05, so the model gets round numbers
                workspace.setRecurrentScale(Math.round(v.doubleValue() * 20) / 20.0);
            }
        });
        biasSlider.valueProperty().addListener((obs, o, v) -> {
            if (!syncing) {
                workspace.setGateBias(Math.round(v.doubleValue() * 10) / 10.0);
            }
        });
        biasDefault.setOnAction(e -> workspace.setGateBias(Double.NaN));
        workspace.settingsProperty().addListener((obs, o, n) -> syncControls());
        syncControls();
    }

    /** Puts the settings' values on the sliders and their labels (without calling the workspace back). */
    private void syncControls() {
        WorkspaceSettings s = workspace.settings();
        syncing = true;
        try {
            scaleSlider.setValue(s.recurrentScale());
            scaleValue.setText(String.format(Locale.ROOT, "%.2f×", s.recurrentScale()));
            boolean byDefault = Double.isNaN(s.gateBias());
            // the initializer's own biases are centred on 0 (PyTorch, Xavier, orthogonal): the thumb rests there
            biasSlider.setValue(byDefault ? 0 : s.gateBias());
            biasValue.setText(byDefault ? "default" : String.format(Locale.ROOT, "%+.1f", s.gateBias()));
            biasDefault.setDisable(byDefault);
            boolean gated = s.cell() != CellKind.RNN || plot.overlay();
            biasSlider.setDisable(!gated);
            biasLabel.setText(switch (s.cell()) {
                case LSTM -> "forget-gate bias b_f";
                case GRU -> "update-gate bias b_z";
                case RNN -> plot.overlay() ? "gate bias (LSTM b_f, GRU b_z)" : "gate bias (the RNN has none)";
            });
        } finally {
            syncing = false;
        }
    }

    // ---- state and controls ------------------------------------------------------------------------

    /** True in overlay mode (RNN, LSTM and GRU on one plot). */
    public boolean overlay() {
        return plot.overlay();
    }

    /** Switches overlay mode, as the toggle does. */
    public void setOverlay(boolean on) {
        overlayToggle.setSelected(on);
    }

    /** What the view shows, for the tests' page object. */
    GradientFlowPlot plot() {
        return plot;
    }
}
