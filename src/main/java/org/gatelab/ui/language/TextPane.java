package org.gatelab.ui.language;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gatelab.ui.forms.WholeNumberSpinners;
import org.gatelab.viewmodel.language.LanguageLabViewModel;
import org.gatelab.viewmodel.language.TextInspector;

/**
 * The text as the model reads it: each character coloured by a chosen unit's h, c or gate after reading it, the
 * five likeliest next characters under it; the details of the character under the pointer; the search for a unit;
 * and the text to read (the held-out text, the last sample, or typed).
 */
final class TextPane extends BorderPane {
    private final LanguageLabViewModel model;
    private final TextInspector inspector;
    final ColouredTextView view = new ColouredTextView("language-text",
            "The text appears here once there is a model to read it: train one, or choose a corpus with a bundled model.");
    final Spinner<Integer> unit = new Spinner<>();
    final Spinner<Integer> layer = new Spinner<>();
    final ComboBox<String> value = new ComboBox<>();
    final CheckBox predictions = new CheckBox("Next characters");
    final Button heldOut = new Button("Held-out text");
    final Button sample = new Button("Last sample");
    final Button read = new Button("Read this");
    final Button workspace = new Button("Open in workspace");
    final TextArea typed = new TextArea();
    final TextArea details = new TextArea();
    final UnitSearchPane search;
    private final Label problem = new Label();

    TextPane(LanguageLabViewModel model) {
        this.model = model;
        this.inspector = model.inspector();
        this.search = new UnitSearchPane(model.units());
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("language-text-pane");
        unit.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 0, 0));
        layer.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 0, 0));
        for (Spinner<Integer> s : java.util.List.of(unit, layer)) {
            s.setEditable(true);
            // 80 px at 13 px type, in em so the number stays whole as presenter mode's type grows
            s.setStyle("-fx-pref-width: 6.2em;");
            WholeNumberSpinners.forgiving(s);
        }
        unit.setId("language-unit");
        layer.setId("language-layer");
        value.setId("language-value");
        value.setItems(inspector.valueChoices());
        unit.setTooltip(new Tooltip("The hidden unit whose value colours each character"));
        layer.setTooltip(new Tooltip("The layer of that unit"));
        value.setAccessibleText("Value shown");
        value.setTooltip(new Tooltip("Which of the unit's values colours the text"));
        predictions.setId("language-predictions");
        predictions.setTooltip(new Tooltip("Under each character, the model's five likeliest next characters, darker "
                + "the likelier"));
        workspace.setId("language-workspace");
        workspace.setTooltip(new Tooltip("Show this model on the start of the text in the workspace, with this unit "
                + "selected in the cell diagram"));
        heldOut.setId("language-use-held-out");
        sample.setId("language-use-sample");
        read.setId("language-read");
        FlowPane bar = new FlowPane(8, 6, new Label("Colour by unit"), unit, new Label("layer"), layer, value,
                predictions, workspace);
        bar.getStyleClass().add("language-bar");
        typed.setId("language-typed");
        typed.setPromptText("Type or paste a text for the model to read, then Read this");
        typed.setPrefRowCount(2);
        typed.setAccessibleText("Text for the model to read");
        typed.setTooltip(new Tooltip("Type or paste a text, then press Read this: the model reads it and the "
                + "characters take the chosen unit's colour"));
        typed.setWrapText(true);
        Label textLabel = new Label("Text");
        // the words keep their width; the text field takes what is left
        for (javafx.scene.control.Labeled l : java.util.List.of(textLabel, heldOut, sample, read)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox source = new HBox(6, textLabel, heldOut, sample, typed, read);
        HBox.setHgrow(typed, Priority.ALWAYS);
        source.getStyleClass().add("language-bar");
        problem.getStyleClass().add("lab-problem");
        problem.setWrapText(true);
        VBox top = new VBox(4, source, bar, problem);
        top.getStyleClass().add("language-top");
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setId("language-text-scroll");
        details.setId("language-details");
        details.setEditable(false);
        details.setAccessibleText("Details of the character under the pointer");
        details.setTooltip(new Tooltip("The unit's values and the model's predictions at the character you point "
                + "at or found"));
        details.getStyleClass().add("language-details");
        details.setWrapText(false);
        VBox side = new VBox(8, search, details);
        VBox.setVgrow(details, Priority.ALWAYS);
        side.getStyleClass().add("language-side");
        // its least width in em (language.css) grows with the type
        // the side scrolls when its search and details are taller than the pane (a large type)
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().add("language-side-scroll");
        SplitPane split = new SplitPane(scroll, sideScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.7);
        setTop(top);
        setCenter(split);
    }

    /** The unit and layer spinners span the model that read the text (also one read before this view existed). */
    private void fitToReading() {
        if (inspector.reading() != null) {
            int layers = inspector.layerCount();
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) unit.getValueFactory()).setMax(inspector.hiddenSize() - 1);
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) layer.getValueFactory()).setMax(layers - 1);
            layer.setDisable(layers == 1);
            unit.getValueFactory().setValue(inspector.unitProperty().get());
            layer.getValueFactory().setValue(inspector.layerProperty().get());
        }
        value.getSelectionModel().select(inspector.valueIndexProperty().get());
    }

    private void initListeners() {
        view.textProperty().bind(inspector.pageProperty());
        view.setOnHover(inspector::hover);
        view.setOnSelect(inspector::select);
        details.textProperty().bind(inspector.detailsProperty());
        problem.textProperty().bind(inspector.problemProperty());
        predictions.setSelected(inspector.predictionsShownProperty().get());
        predictions.setOnAction(e -> inspector.setPredictionsShown(predictions.isSelected()));
        unit.valueProperty().addListener((obs, o, n) -> {
            if (n != null && n != inspector.unitProperty().get()) {
                inspector.colourBy(inspector.layerProperty().get(), n);
            }
        });
        layer.valueProperty().addListener((obs, o, n) -> {
            if (n != null && n != inspector.layerProperty().get()) {
                inspector.colourBy(n, inspector.unitProperty().get());
            }
        });
        inspector.unitProperty().addListener((obs, o, n) -> unit.getValueFactory().setValue(n.intValue()));
        inspector.layerProperty().addListener((obs, o, n) -> layer.getValueFactory().setValue(n.intValue()));
        inspector.readingProperty().addListener((obs, o, r) -> fitToReading());
        fitToReading();
        value.setOnAction(e -> inspector.setValue(value.getSelectionModel().getSelectedIndex()));
        inspector.valueIndexProperty().addListener((obs, o, n) -> value.getSelectionModel().select(n.intValue()));
        heldOut.setOnAction(e -> model.useHeldOutText());
        sample.setOnAction(e -> model.useLastSample());
        read.setOnAction(e -> inspector.setText(typed.getText()));
        workspace.setOnAction(e -> model.openInWorkspace());
        workspace.disableProperty().bind(inspector.readingProperty().isNull());
    }
}
