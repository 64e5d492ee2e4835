package org.gatelab.ui.training;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gatelab.viewmodel.training.DataSummary;
import org.gatelab.viewmodel.training.TrainingLabViewModel;

/**
 * The chosen task in words: its title, its one-paragraph explanation (which can be folded away to give the
 * plots more room), and what its data is: sizes, the loss, the references to beat, the normalisation and
 * anything else worth knowing ("skipped 3 rows with missing values").
 */
final class TaskCard extends VBox {
    static final String STYLE_CLASS = "lab-task-card";
    static final String TITLE_STYLE_CLASS = "lab-card-title";
    static final String EXPLANATION_STYLE_CLASS = "lab-explanation";
    static final String DATA_STYLE_CLASS = "lab-data-line";
    static final String NOTE_STYLE_CLASS = "lab-data-note";
    static final String FOLD_STYLE_CLASS = "lab-fold-button";
    static final String CREDIT_STYLE_CLASS = "lab-credit";

    private final TrainingLabViewModel model;
    private final Label title = new Label();
    private final ClampedLabel explanation = new ClampedLabel();
    private final Label data = new Label();
    private final Label normalization = new Label();
    private final Label notes = new Label();
    private final Label credit = new Label();
    private final ToggleButton fold = new ToggleButton("More");
    private int lines = 3;
    private boolean compact;

    TaskCard(TrainingLabViewModel model) {
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        title.getStyleClass().add(TITLE_STYLE_CLASS);
        title.setId("lab-task-title");
        explanation.getStyleClass().add(EXPLANATION_STYLE_CLASS);
        explanation.setId("lab-explanation");
        for (Label l : List.of(data, normalization, notes, credit)) {
            l.getStyleClass().add(DATA_STYLE_CLASS);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        data.setId("lab-data");
        normalization.setId("lab-normalization");
        normalization.getStyleClass().add(NOTE_STYLE_CLASS);
        notes.setId("lab-notes");
        notes.getStyleClass().add(NOTE_STYLE_CLASS);
        credit.setId("lab-credit");
        credit.getStyleClass().addAll(NOTE_STYLE_CLASS, CREDIT_STYLE_CLASS);
        fold.getStyleClass().add(FOLD_STYLE_CLASS);
        fold.setId("lab-fold");
        fold.setTooltip(new Tooltip("The whole explanation, or its first lines (the plots get the room)"));
        fold.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(title, spacer, fold);
        head.getStyleClass().add("lab-card-head");
        getChildren().addAll(head, explanation, credit, data, normalization, notes);
        fold.selectedProperty().addListener((obs, o, n) -> fold());
        fold();
        title.textProperty().bind(model.titleProperty());
        explanation.textProperty().bind(model.explanationProperty());
        model.creditProperty().addListener((obs, o, n) -> show(credit, n));
        show(credit, model.creditProperty().get());
        model.dataProperty().addListener((obs, o, n) -> showData(n));
        showData(model.dataProperty().get());
    }

    /**
     * Folded, the explanation shows its first {@link #lines} lines (ending in "…"); unfolded, all of it. While
     * {@link #compact} (a divergence note needs the room) it is hidden unless unfolded.
     */
    private void fold() {
        boolean all = fold.isSelected();
        boolean shown = all || !compact;
        explanation.setVisible(shown);
        explanation.setManaged(shown);
        explanation.setMaxLines(all ? 0 : lines);
        fold.setText(all ? "Less" : "More");
    }

    /** Lines of the folded explanation (more on a tall view). */
    void setLines(int n) {
        if (n != lines) {
            lines = n;
            fold();
        }
    }

    /** Hides the folded explanation (a divergence note is shown). */
    void setCompact(boolean on) {
        if (on != compact) {
            compact = on;
            fold();
        }
    }

    private void showData(DataSummary d) {
        if (d == null) {
            data.setText(model.ready() ? "Making the data…" : "");
            show(normalization, "");
            show(notes, "");
            return;
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d training and %,d validation sequences "
                + "of %d steps · loss: %s · to beat: the best constant, %s", d.trainSize(), d.validationSize(),
                d.length(), d.lossName(), LabText.number(d.baselineValLoss())));
        List<DataSummary.Reference> more = d.references().stream().filter(r -> !r.id().equals("naive")).toList();
        if (d.hasNaiveForecast()) {
            sb.append(more.isEmpty() ? ", and" : ",").append(" the naive forecast, ")
                    .append(LabText.number(d.naiveValLoss()));
        }
        for (int i = 0; i < more.size(); i++) {
            DataSummary.Reference r = more.get(i);
            sb.append(i == more.size() - 1 ? ", and the " : ", the ").append(r.name()).append(", ")
                    .append(LabText.number(r.valLoss()));
        }
        List<DataSummary.Reference> detectors = d.references().stream()
                .filter(r -> !Double.isNaN(r.precision())).toList();
        if (!detectors.isEmpty()) {
            sb.append(" · as detectors (precision, recall): ");
            for (int i = 0; i < detectors.size(); i++) {
                DataSummary.Reference r = detectors.get(i);
                sb.append(i == 0 ? "" : "; ").append(r.name()).append(' ').append(LabText.percent(r.precision()))
                        .append(", ").append(LabText.percent(r.recall()));
            }
        }
        if (d.hasAccuracy()) {
            sb.append(" · guessing scores ").append(LabText.percent(d.chanceAccuracy()));
        }
        data.setText(sb.toString());
        show(normalization, d.normalization());
        show(notes, String.join(" · ", d.notes()));
    }

    private static void show(Label l, String text) {
        l.setText(text);
        l.setVisible(!text.isEmpty());
        l.setManaged(!text.isEmpty());
    }

    String explanationText() {
        return explanation.getText();
    }

    String dataText() {
        return data.getText();
    }

    String normalizationText() {
        return normalization.getText();
    }

    String notesText() {
        return notes.getText();
    }

    ToggleButton foldButton() {
        return fold;
    }
}
