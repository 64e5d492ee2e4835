package org.gatelab.ui.seq2seq;

import java.util.function.IntPredicate;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gatelab.viewmodel.seq2seq.Seq2SeqSettings;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Range;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.Seq2SeqTaskKind;

/**
 * The tab's settings: the task, its longest source, the cell, the attention of the model with attention, the hidden
 * size, the epochs and the training pairs. Each control hands its value to the view model, which checks it; a
 * refused value goes back to the model's and the reason shows under the form.
 */
final class Seq2SeqForm extends VBox {
    private final Seq2SeqViewModel model;
    private final ChoiceBox<Seq2SeqTaskKind> task = new ChoiceBox<>(
            FXCollections.observableArrayList(Seq2SeqTaskKind.values()));
    private final ChoiceBox<CellKind> cell = new ChoiceBox<>(FXCollections.observableArrayList(CellKind.values()));
    private final ChoiceBox<AttentionKind> attention = new ChoiceBox<>(
            FXCollections.observableArrayList(Seq2SeqViewModel.attentionKinds()));
    private final Spinner<Integer> length = new Spinner<>();
    private final Spinner<Integer> hidden = new Spinner<>();
    private final Spinner<Integer> epochs = new Spinner<>();
    private final Spinner<Integer> pairs = new Spinner<>();
    private final Label problem = new Label();
    private final Button start = new Button("_Train both");
    private final Button cancel = new Button("St_op");

    Seq2SeqForm(Seq2SeqViewModel model) {
        this.model = model;
        Seq2SeqSettings s = model.settings();
        task.setId("seq2seq-task");
        task.setConverter(converter(Seq2SeqTaskKind::title));
        task.setTooltip(new Tooltip("What the encoder reads and the decoder must write back"));
        cell.setId("seq2seq-cell");
        cell.setTooltip(new Tooltip("The recurrent cell of both the encoder and the decoder"));
        cell.setConverter(converter(CellKind::name));
        attention.setId("seq2seq-attention");
        attention.setConverter(converter(AttentionKind::title));
        attention.setTooltip(new Tooltip("The score of the model with attention; the other model has none"));
        spinner(length, "seq2seq-length", Seq2SeqSettings.lengthRange(s.task()), s.length(), model::setLength);
        spinner(hidden, "seq2seq-hidden", Ranges.HIDDEN, s.hidden(), model::setHidden);
        spinner(epochs, "seq2seq-epochs", Seq2SeqSettings.EPOCHS, s.epochs(), model::setEpochs);
        spinner(pairs, "seq2seq-pairs", Seq2SeqSettings.TRAIN_SIZE, s.trainSize(), model::setTrainSize);
        length.setTooltip(new Tooltip("Length of the input sequences; attention matters more as it grows"));
        hidden.setTooltip(new Tooltip("Units of the encoder's and the decoder's state"));
        epochs.setTooltip(new Tooltip("Passes over the training pairs"));
        pairs.setTooltip(new Tooltip("Training pairs the two models learn from"));
        pairs.getValueFactory().setConverter(new javafx.util.converter.IntegerStringConverter());
        problem.setId("seq2seq-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("seq2seq-problem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        start.setId("seq2seq-start");
        cancel.setId("seq2seq-cancel");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, "Task", task);
        row(grid, 1, "Longest source", length);
        row(grid, 2, "Cell", cell);
        row(grid, 3, "Attention", attention);
        row(grid, 4, "Hidden size", hidden);
        row(grid, 5, "Epochs", epochs);
        row(grid, 6, "Training pairs", pairs);
        Label heading = new Label("Train an encoder-decoder");
        heading.getStyleClass().add("seq2seq-heading");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label what = new Label("Both models share the data, the seed and every setting; only the attention differs.");
        what.setWrapText(true);
        getChildren().setAll(heading, what, grid, new HBox(8, start, cancel), problem);
        setSpacing(8);

        task.setOnAction(e -> choose(model.setTask(task.getValue())));
        cell.setOnAction(e -> choose(model.setCell(cell.getValue())));
        attention.setOnAction(e -> choose(model.setAttention(attention.getValue())));
        model.settingsProperty().addListener((o, was, now) -> show(now));
        model.problemProperty().addListener((o, was, p) -> problem.setText(p));
        show(s);
    }

    private static void row(GridPane grid, int row, String label, javafx.scene.Node control) {
        Label l = new Label(label);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setLabelFor(control);
        grid.add(l, 0, row);
        grid.add(control, 1, row);
    }

    private void spinner(Spinner<Integer> spinner, String id, Range range, int value, IntPredicate set) {
        spinner.setId(id);
        spinner.setEditable(true);
        // 96 px at 13 px type, in em so the number stays whole as presenter mode's type grows
        spinner.setStyle("-fx-pref-width: 7.4em;");
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(range.minInt(), range.maxInt(),
                value));
        spinner.valueProperty().addListener((o, was, v) -> {
            if (v != null && !set.test(v)) {
                show(model.settings());
            }
        });
    }

    private void choose(boolean accepted) {
        if (!accepted) {
            show(model.settings());
        }
    }

    /** Shows {@code s} in every control; the length only for tasks that take one. */
    private void show(Seq2SeqSettings s) {
        task.setValue(s.task());
        cell.setValue(s.cell());
        attention.setValue(s.attention());
        boolean takesLength = Seq2SeqSettings.takesLength(s.task());
        Range r = Seq2SeqSettings.lengthRange(s.task());
        var lf = (SpinnerValueFactory.IntegerSpinnerValueFactory) length.getValueFactory();
        lf.setMin(r.minInt());
        lf.setMax(r.maxInt());
        length.getValueFactory().setValue(s.length());
        length.setDisable(takesLength ? model.isRunning() : true);
        hidden.getValueFactory().setValue(s.hidden());
        epochs.getValueFactory().setValue(s.epochs());
        pairs.getValueFactory().setValue(s.trainSize());
    }

    /** Turns the typed text of every spinner into its value (before a run starts). */
    void commitEdits() {
        for (Spinner<Integer> s : java.util.List.of(length, hidden, epochs, pairs)) {
            if (s.isEditable() && !s.isDisabled()) {
                try {
                    s.getValueFactory().setValue(s.getValueFactory().getConverter().fromString(s.getEditor().getText()));
                } catch (RuntimeException e) {
                    s.getEditor().setText(s.getValueFactory().getConverter().toString(s.getValue()));
                }
            }
        }
    }

    /** Locks the settings while a run goes. */
    void showRunning(boolean on) {
        for (javafx.scene.Node n : java.util.List.of(task, cell, attention, hidden, epochs, pairs, start)) {
            n.setDisable(on);
        }
        length.setDisable(on || !Seq2SeqSettings.takesLength(model.settings().task()));
        cancel.setDisable(!on);
    }

    Button startButton() {
        return start;
    }

    Button cancelButton() {
        return cancel;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("a choice box is not edited");
            }
        };
    }
}
