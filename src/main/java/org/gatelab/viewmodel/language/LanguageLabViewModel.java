package org.gatelab.viewmodel.language;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gatelab.io.CharModelFiles;
import org.gatelab.io.CorpusFiles;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.TextData;
import org.gatelab.tasks.text.TextSample;
import org.gatelab.tasks.text.TextTask;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;

/**
 * The language lab: a corpus and the settings of a character model, its training on a worker thread (bits per
 * character against the unigram and bigram baselines, a sample after each epoch), the models it can look into
 * (one per cell: bundled, trained or opened), and what the text views show ({@link #inspector()}, {@link
 * #units()}, {@link #dependence()}). Every method belongs to the FX thread; files, data and readings are made on
 * the runner, training on the worker, whose progress {@link #drain()} publishes at most once per call.
 */
public final class LanguageLabViewModel {
    /** Characters of the held-out text the text view starts with. */
    static final int FIRST_TEXT = 400;
    /** Characters the workspace is given: its views are per step, and a few hundred steps fill them. */
    static final int WORKSPACE_TEXT = 200;

    private final WorkspaceViewModel workspace;
    private final TaskRunner runner;
    private final Executor worker;
    private final Path assets;
    private final TextInspector inspector;
    private final UnitFinder units;
    private final DependenceFinder dependence;
    private final ReadOnlyObjectWrapper<TextLabSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", TextLabSettings.defaults());
    private final Map<TextLabField, ReadOnlyStringWrapper> fieldProblems = new EnumMap<>(TextLabField.class);
    private final ReadOnlyObjectWrapper<TextTrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this,
            "snapshot", TextTrainingSnapshot.idle(Double.NaN, Double.NaN, TextLabSettings.defaults().epochs(),
            "Loading the corpus…"));
    private final ReadOnlyStringWrapper dataSummary = new ReadOnlyStringWrapper(this, "dataSummary", "");
    private final ReadOnlyStringWrapper modelSummary = new ReadOnlyStringWrapper(this, "modelSummary", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private ModelShelf shelf = ModelShelf.empty();
    private TextData data;
    private String dataKey = "";
    private int dataGeneration;
    private TextTrainingJob job;
    /** True once the finished job's model has joined the shelf. */
    private boolean adopted;
    private javafx.beans.value.ChangeListener<org.gatelab.viewmodel.workspace.WorkspaceResult> selectWhenShown;
    private Runnable onWorkspace = () -> { };

    /**
     * @param worker trains (the app's language thread)
     * @param assets the bundled assets folder (corpora, models), or null when there is none
     */
    public LanguageLabViewModel(WorkspaceViewModel workspace, TaskRunner runner, Executor worker, Path assets) {
        this.workspace = workspace;
        this.runner = runner;
        this.worker = worker;
        this.assets = assets;
        this.inspector = new TextInspector(runner);
        this.units = new UnitFinder(runner, inspector);
        this.dependence = new DependenceFinder(runner, inspector, () -> shelf);
        for (TextLabField f : TextLabField.values()) {
            fieldProblems.put(f, new ReadOnlyStringWrapper(this, f.name(), ""));
        }
        loadData();
    }

    public TextInspector inspector() {
        return inspector;
    }

    public UnitFinder units() {
        return units;
    }

    public DependenceFinder dependence() {
        return dependence;
    }

    // ---- settings -----------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<TextLabSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public TextLabSettings settings() {
        return settings.get();
    }

    /** The bundled corpora by name, then "a text file" is whatever {@link #openCorpus} is given. */
    public java.util.List<String> bundledCorpora() {
        return CorpusFiles.BUNDLED;
    }

    /** Why a field's typed value was refused, or empty. */
    public ReadOnlyStringProperty problemProperty(TextLabField f) {
        return fieldProblems.get(f).getReadOnlyProperty();
    }

    /** Sets a field from its typed text; a refused value leaves the settings and says why. */
    public void set(TextLabField f, String text) {
        try {
            TextLabSettings next = settings().with(f, text);
            fieldProblems.get(f).set("");
            boolean newData = f == TextLabField.WINDOW || f == TextLabField.SEED;
            settings.set(next);
            if (newData) {
                loadData();
            } else {
                publishIdle();
            }
        } catch (IllegalArgumentException e) {
            fieldProblems.get(f).set(e.getMessage());
        }
    }

    /** The cell to train; the text view shows that cell's model when there is one. */
    public void setCell(CellKind cell) {
        settings.set(settings().withCell(cell));
        showModel();
    }

    /** A bundled corpus by name ({@code names}, {@code moby-dick}, {@code brackets}). */
    public void setCorpus(String name) {
        settings.set(settings().withCorpus(name));
        loadData();
    }

    /** A text file as the corpus (read off the FX thread; a file that cannot be used is refused with why). */
    public void openCorpus(Path file) {
        settings.set(settings().withCorpus(file.toString()));
        loadData();
    }

    /** What the corpus is: its size, vocabulary, split and baselines. */
    public ReadOnlyStringProperty dataSummaryProperty() {
        return dataSummary.getReadOnlyProperty();
    }

    /** The last problem or outcome of an action, or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private String key(TextLabSettings s) {
        return s.corpus() + "|" + s.seed() + "|" + s.window();
    }

    private void loadData() {
        if (job != null && !job.done()) {
            job.stop();
        }
        TextLabSettings s = settings();
        String key = key(s);
        int mine = ++dataGeneration;
        snapshot.set(TextTrainingSnapshot.idle(Double.NaN, Double.NaN, s.epochs(), "Loading " + s.corpus() + "…"));
        runner.run(() -> {
            TextTask task = new TextTask(CorpusFiles.load(s.corpus(), assets, s.seed()), s.window(),
                    TextTask.DEFAULT_HELD_OUT);
            TextData d = task.generate(s.seed(), s.config().batchSize());
            return new Loaded(d, ModelShelf.bundled(assets, d.task().corpus().name()));
        }, loaded -> {
            if (mine != dataGeneration) {
                return;
            }
            boolean sameCorpus = data != null && data.task().corpus().name().equals(loaded.data.task().corpus()
                    .name());
            data = loaded.data;
            dataKey = key;
            job = null;
            if (!sameCorpus) {
                shelf = loaded.shelf;
                inspector.setText(firstText(data));
            }
            notice.set("");
            dataSummary.set(summary(data));
            showModel();
            publishIdle();
        }, e -> {
            if (mine == dataGeneration) {
                notice.set("The corpus could not be used: " + e.getMessage());
                snapshot.set(TextTrainingSnapshot.idle(Double.NaN, Double.NaN, s.epochs(), notice.get()));
            }
        });
    }

    private record Loaded(TextData data, ModelShelf shelf) {
    }

    /** The text the Text tab starts with: the held-out text's first 400 characters, cut after a whole line. */
    public static String firstText(TextData d) {
        String held = d.validationText(0, FIRST_TEXT);
        int cut = held.lastIndexOf('\n');
        return cut > FIRST_TEXT / 2 ? held.substring(0, cut + 1) : held;
    }

    static String summary(TextData d) {
        String s = String.format(Locale.ROOT, "%s: %,d characters to train on, %,d held out, %d different characters. "
                + "Held-out bits per character of the unigram model %.3f, of the bigram model %.3f.",
                d.task().corpus().title(), d.trainLength(), d.validationLength(), d.vocabulary().size() - 1,
                d.baselines().unigram(), d.baselines().bigram());
        // a file of the learner's: where it came from, or that only its start is used
        return CorpusFiles.BUNDLED.contains(d.task().corpus().name()) ? s : s + " " + d.task().corpus().source()
                + (d.task().corpus().source().endsWith(".") ? "" : ".");
    }

    // ---- training -----------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<TextTrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public TextTrainingSnapshot snapshot() {
        return snapshot.get();
    }

    /** Trains a fresh model with the current settings (nothing while one trains or the data is not ready). */
    public void start() {
        if (data == null || !dataKey.equals(key(settings())) || job != null && !job.done()) {
            return;
        }
        TextLabSettings s = settings();
        TextTrainingJob next = new TextTrainingJob(data, s.config(), s.sampleSpec(), 1);
        try {
            worker.execute(next);
            job = next;
            adopted = false;
            notice.set("");
            drain();
        } catch (RejectedExecutionException e) {
            notice.set("Training could not start: the worker is shut down");
        }
    }

    /** Stops the run after its current window; the model so far is kept. */
    public void stop() {
        if (job != null && !job.done()) {
            job.stop();
            drain();
        }
    }

    /** Publishes the worker's progress if it changed; when the run has ended, its model joins the shelf. */
    public void drain() {
        if (job == null) {
            return;
        }
        TextTrainingSnapshot s = job.poll();
        if (s == null) {
            return;
        }
        snapshot.set(s);
        if (job.done() && !adopted) {
            adopted = true;
            int epochs = job.trainingRun().reports().size();
            if (s.state() != TrainingPhase.FAILED && epochs > 0) {
                shelf = shelf.with(job.model(), "trained here, " + epochs + " epoch" + (epochs == 1 ? "" : "s"));
                showModel();
            }
        }
    }

    /** True while a run trains. */
    public boolean training() {
        return job != null && !job.done();
    }

    private void publishIdle() {
        if (job != null) {
            return;
        }
        double uni = data == null ? Double.NaN : data.baselines().unigram();
        double bi = data == null ? Double.NaN : data.baselines().bigram();
        snapshot.set(TextTrainingSnapshot.idle(uni, bi, settings().epochs(), data == null ? "" : String.format(
                Locale.ROOT, "Ready: %s, %d units, window T = %d, %d epochs. The dashed lines are the baselines to "
                        + "beat.", settings().cell().name(), settings().hidden(), settings().window(),
                settings().epochs())));
    }

    // ---- models -------------------------------------------------------------------------------------------

    /** Which model the text views read, and where it comes from. */
    public ReadOnlyStringProperty modelSummaryProperty() {
        return modelSummary.getReadOnlyProperty();
    }

    private void showModel() {
        CellKind cell = settings().cell();
        CharModel m = shelf.pick(cell);
        CellKind shown = m == null ? null : m.model().config().cell();
        modelSummary.set(m == null ? "No model yet for this corpus: train one (Start)."
                : "Reading with " + shelf.describe(shown) + (shown != cell ? "; no " + cell.name() + " model yet"
                : "") + ".");
        if (m != inspector.modelProperty().get()) {
            inspector.setModel(m);
        }
        dependence.refresh();
    }

    /** Opens a character model file: it takes its cell's place and the text views read with it. */
    public void openModel(Path file) {
        runner.run(() -> CharModelFiles.load(file), m -> {
            shelf = shelf.with(m, "opened " + file.getFileName());
            settings.set(settings().withCell(m.model().config().cell()));
            notice.set("Opened " + file.getFileName() + ": " + m.label() + ".");
            showModel();
        }, e -> notice.set("The model could not be opened: " + e.getMessage()));
    }

    /** Saves the model the text views read (with its vocabulary). */
    public void saveModel(Path file) {
        CharModel m = inspector.modelProperty().get();
        if (m == null) {
            notice.set("There is no model to save yet.");
            return;
        }
        runner.run(() -> {
            CharModelFiles.save(file, m);
            return file;
        }, f -> notice.set("Saved " + f.getFileName() + "."), e -> notice.set("The model could not be saved: "
                + e.getMessage()));
    }

    /** The text view reads the start of the held-out text again. */
    public void useHeldOutText() {
        if (data != null) {
            inspector.setText(firstText(data));
        }
    }

    /** The text view reads the last sample the model wrote. */
    public void useLastSample() {
        java.util.List<String> samples = snapshot().samples();
        if (!samples.isEmpty()) {
            inspector.setText(samples.get(samples.size() - 1));
        }
    }

    // ---- the workspace --------------------------------------------------------------------------------------

    /** Called after {@link #openInWorkspace()} has handed the model over (the app shows the workspace). */
    public void setOnWorkspace(Runnable r) {
        onWorkspace = r == null ? () -> { } : r;
    }

    /**
     * Shows the model in the workspace's views on the start of the text (its first {@value #WORKSPACE_TEXT}
     * characters), with the unit the text is coloured by selected.
     */
    public void openInWorkspace() {
        CharModel m = inspector.modelProperty().get();
        String text = inspector.textProperty().get();
        if (m == null || text.codePointCount(0, text.length()) < TextSample.MIN_CHARACTERS) {
            notice.set("Nothing to show: the workspace needs a model and at least two characters of text.");
            return;
        }
        int n = Math.min(text.codePointCount(0, text.length()), WORKSPACE_TEXT + 1);
        String start = text.substring(0, text.offsetByCodePoints(0, n));
        int layer = inspector.layerProperty().get();
        int unit = inspector.unitProperty().get();
        if (selectWhenShown != null) {
            workspace.resultProperty().removeListener(selectWhenShown);
        }
        // the unit is chosen once the workspace has the model's trace, whose units the selection keeps to
        selectWhenShown = (obs, o, result) -> {
            if (result != null && workspace.inspectionProperty().get() != null) {
                workspace.resultProperty().removeListener(selectWhenShown);
                selectWhenShown = null;
                workspace.selection().selectLayer(layer);
                workspace.selection().selectUnit(unit);
            }
        };
        workspace.resultProperty().addListener(selectWhenShown);
        workspace.inspect(m.model(), TextSample.of(m.vocabulary(), start), m.label() + ", unit " + unit,
                m.vocabulary());
        onWorkspace.run();
    }
}
