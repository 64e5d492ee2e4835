package org.gatelab.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.ModelConfig;
import org.gatelab.io.AppSettings;
import org.gatelab.io.CharModelFiles;
import org.gatelab.io.CorpusFiles;
import org.gatelab.io.CsvSeriesReader;
import org.gatelab.io.Dtype;
import org.gatelab.io.ExperimentFiles;
import org.gatelab.io.InputFileException;
import org.gatelab.io.LessonProgress;
import org.gatelab.io.ModelFiles;
import org.gatelab.io.NumericCsv;
import org.gatelab.io.ProgressStore;
import org.gatelab.io.RealDataSets;
import org.gatelab.io.Safetensors;
import org.gatelab.io.SettingsStore;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.LessonProblem;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.lesson.StepValidator;
import org.gatelab.tasks.CsvSeries;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.Vocabulary;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.viewmodel.lesson.LessonStepValidator;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.RealDataSet;

/**
 * Every reader of a file a user may be handed, fed thousands of mutated and random inputs (fixed seeds, so
 * runs repeat): each returns a valid result or a typed error with a message, never another exception, within
 * a time and allocation budget ({@link ReaderBudget}). The counts are printed for RELIABILITY.md.
 */
class FileReadersFuzzTest {
    private static final Map<String, int[]> COUNTS = new ConcurrentHashMap<>();
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("gatelab-fuzz");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void count(String reader, ReaderBudget.Outcome o) {
        int[] c = COUNTS.computeIfAbsent(reader, k -> new int[2]);
        synchronized (c) {
            c[o.accepted() ? 0 : 1]++;
        }
    }

    @AfterContainer
    static void report() throws IOException {
        StringBuilder b = new StringBuilder("fuzzed readers (inputs: accepted / refused with a message):\n");
        new TreeMap<>(COUNTS).forEach((k, v) -> b.append(String.format("  %-22s %5d / %5d%n", k, v[0], v[1])));
        System.out.print(b);
        Path out = Path.of("target", "fuzz-counts.txt");
        if (Files.isDirectory(out.getParent())) {
            Files.writeString(out, b.toString());
        }
        try (var files = Files.walk(DIR)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ---- safetensors and models -------------------------------------------------------------------------

    @Provide
    Arbitrary<byte[]> safetensors() {
        var model = Initializer.create(new ModelConfig(CellKind.LSTM, Nonlinearity.TANH, 2, 3, 2, 1),
                InitSpec.pytorchDefault(3));
        return Mutations.of(Safetensors.toBytes(ModelFiles.toFile(model), Dtype.F32));
    }

    @Property(tries = 1500, seed = "20261125")
    void safetensorsModels(@ForAll("safetensors") byte[] input) {
        count("safetensors model", ReaderBudget.run("safetensors", input,
                () -> ModelFiles.fromTensors(Safetensors.read(input, "m.safetensors"), "m.safetensors", null, null),
                List.of(IOException.class)));
    }

    @Provide
    Arbitrary<byte[]> charModels() throws IOException {
        Vocabulary v = Vocabulary.of("ab(\n");
        var model = Initializer.create(new ModelConfig(CellKind.GRU, Nonlinearity.TANH, v.size(), 2, 1, v.size()),
                InitSpec.pytorchDefault(3));
        Path p = DIR.resolve("seed-char.safetensors");
        CharModelFiles.save(p, new CharModel(model, v, "names"));
        return Mutations.of(Files.readAllBytes(p));
    }

    @Property(tries = 1000, seed = "20261125")
    void characterModels(@ForAll("charModels") byte[] input) {
        count("character model", ReaderBudget.run("character model", input,
                () -> CharModelFiles.fromFile(Safetensors.read(input, "c.safetensors"), "c.safetensors"),
                List.of(IOException.class)));
    }

    // ---- text corpora -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<byte[]> textCorpus() {
        return Mutations.of("Call me Ishmael. Some years ago\u2014never mind how long precisely\u2014having little\n"
                + "or no money in my purse, and \"nothing particular\" to interest me on shore (I thought)\n");
    }

    @Property(tries = 1000, seed = "20261125")
    void textCorpora(@ForAll("textCorpus") byte[] input) throws IOException {
        Path p = Files.write(DIR.resolve("corpus-" + Thread.currentThread().getId() + ".txt"), input);
        count("text corpus", ReaderBudget.run("text corpus", input, () -> CorpusFiles.file(p),
                List.of(IOException.class)));
    }

    // ---- CSV -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<byte[]> seriesCsv() {
        StringBuilder b = new StringBuilder("time;temperature;label\n");
        for (int i = 0; i < 40; i++) {
            b.append(i).append(';').append(20 + Math.sin(i / 3.0)).append(';').append(i % 7 == 0 ? 1 : 0).append('\n');
        }
        return Mutations.of(b.toString());
    }

    @Property(tries = 1500, seed = "20261125")
    void csvSeries(@ForAll("seriesCsv") byte[] input) {
        count("csv series", ReaderBudget.run("csv series", input, () -> CsvSeriesReader.parse(reader(input), "s.csv",
                "temperature", CsvSeries.MAX_ROWS), List.of(IOException.class)));
    }

    /** Real files start with time: a date, a counter, a flag; the column is then chosen by {@code CsvColumns}. */
    @Provide
    Arbitrary<byte[]> datedCsv() {
        StringBuilder b = new StringBuilder("date,reading,indoor,co2\n");
        for (int i = 0; i < 60; i++) {
            java.time.LocalDate day = java.time.LocalDate.of(1958, 3, 29).plusWeeks(i + (i == 30 ? 1 : 0));
            b.append(day.toString().replace("-", "")).append(',').append(i + 1).append(",1,")
                    .append(i % 9 == 4 ? "" : Double.toString(315 + Math.sin(i / 4.0))).append('\n');
        }
        return Mutations.of(b.toString());
    }

    @Property(tries = 1000, seed = "20261125")
    void csvSeriesWithTheColumnChosen(@ForAll("datedCsv") byte[] input) {
        count("csv series, column chosen", ReaderBudget.run("csv series", input, () -> CsvSeriesReader.parse(
                reader(input), "d.csv", null, CsvSeries.MAX_ROWS), List.of(IOException.class)));
    }

    @Provide
    Arbitrary<byte[]> numericCsv() {
        return Mutations.of("0.5,1\n-0.25,0\n0.75,0\n1e-3,1\n");
    }

    @Property(tries = 1000, seed = "20261125")
    void traceInputCsv(@ForAll("numericCsv") byte[] input) {
        count("trace input csv", ReaderBudget.run("numeric csv", input, () -> NumericCsv.parse(reader(input), "x.csv"),
                List.of(IOException.class)));
    }

    private static BufferedReader reader(byte[] input) {
        return new BufferedReader(new StringReader(new String(input, StandardCharsets.UTF_8)));
    }

    // ---- experiment, progress and settings files ------------------------------------------------------------

    @Provide
    Arbitrary<byte[]> experiments() {
        return Mutations.of(ExperimentFiles.toJson(ExperimentSettings.defaults()));
    }

    private static final AtomicInteger FILES = new AtomicInteger();

    private static Path write(byte[] input, String suffix) throws IOException {
        Path f = DIR.resolve("f" + FILES.incrementAndGet() + suffix);
        Files.write(f, input);
        return f;
    }

    @Property(tries = 1000, seed = "20261125")
    void experimentFiles(@ForAll("experiments") byte[] input) throws IOException {
        Path f = write(input, ".json");
        count("experiment settings", ReaderBudget.run("experiment", input, () -> ExperimentFiles.read(f),
                List.of(InputFileException.class)));
    }

    /** An experiment on a recording of the gallery, differenced: the reader loads the recording it names. */
    @Provide
    Arbitrary<byte[]> galleryExperiments() throws IOException {
        ExperimentSettings s = ExperimentSettings.defaults().withTask(
                RealDataSets.task(RealDataSet.SENSORS_INDOOR).withDifference(1).withWindow(12));
        return Mutations.of(ExperimentFiles.toJson(s));
    }

    @Property(tries = 600, seed = "20261125")
    void galleryExperimentFiles(@ForAll("galleryExperiments") byte[] input) throws IOException {
        Path f = write(input, ".json");
        count("experiment (gallery)", ReaderBudget.run("experiment", input, () -> ExperimentFiles.read(f),
                List.of(InputFileException.class)));
    }

    @Provide
    Arbitrary<byte[]> progress() throws IOException {
        Path f = DIR.resolve("seed-progress.json");
        new ProgressStore(f).save(12345, Map.of("04-lstm", LessonProgress.none().atStep(3).finishing(0).finishing(1)
                .answering(1, 0, "0.5", true, 12.5).skipping(2, 0, 3)));
        return Mutations.of(Files.readAllBytes(f));
    }

    @Property(tries = 1000, seed = "20261125")
    void progressFiles(@ForAll("progress") byte[] input) throws IOException {
        Path f = write(input, "-progress.json");
        count("lesson progress", ReaderBudget.run("progress", input, () -> {
            ProgressStore.Loaded l = new ProgressStore(f).load();
            // a file that was not read is set aside, never left to be overwritten
            assertTrue(l.message().isEmpty() || Files.notExists(f), l.message());
            if (!l.message().isEmpty()) {
                throw new InputFileException(l.message());
            }
            return l;
        }, List.of(InputFileException.class)));
    }

    @Provide
    Arbitrary<byte[]> settings() throws IOException {
        Path f = DIR.resolve("seed-settings.json");
        new SettingsStore(f).save(AppSettings.defaults().withDarkTheme(true).withLastFolder("/home/me"));
        return Mutations.of(Files.readAllBytes(f));
    }

    @Property(tries = 1000, seed = "20261125")
    void settingsFiles(@ForAll("settings") byte[] input) throws IOException {
        Path f = write(input, "-settings.json");
        count("app settings", ReaderBudget.run("settings", input, () -> {
            SettingsStore.Loaded l = new SettingsStore(f).load();
            assertTrue(l.message().isEmpty() || Files.notExists(f), l.message());
            if (!l.message().isEmpty()) {
                throw new InputFileException(l.message());
            }
            return l;
        }, List.of(InputFileException.class)));
    }

    // ---- lessons ---------------------------------------------------------------------------------------

    static final String LESSON = """
            ---
            id: 04-lstm
            title: The LSTM
            summary: Gates.
            level: intermediate
            minutes: 12
            prerequisites: [03-vanishing]
            ---
            Intro with a [link](https://example.org).

            ## The forget gate
            Text, **bold**, `code`.

            ```scene
            cell: lstm
            hidden: 4
            layers: 1
            seed: 7
            input: adding
            length: 20
            step: 5
            unit: 1
            gate_bias: 1.5
            recurrent_scale: 0.9
            views: [diagram, gradient-flow]
            highlight: f
            task: adding
            task.length: 30
            train.learning_rate: 0.01
            ```

            ```check
            kind: predict
            question: What is f?
            quantity: gate
            gate: f
            t: 5
            unit: 1
            tolerance: 0.05
            explain: Look.
            ```

            ## Task
            ```check
            kind: task
            question: Raise it.
            quantity: grad_h
            t: 0
            above: 1e-3
            change: [gate_bias]
            explain: Bias.
            ```
            ```check
            kind: choice
            question: Which?
            options:
              - a
              - b
            answer: 1
            explain: a.
            ```
            """;

    @net.jqwik.api.Example
    void theLessonSeedIsSound() throws IOException {
        Path folder = Files.createDirectories(DIR.resolve("lessons"));
        Path f = Files.writeString(folder.resolve("seed.md"), LESSON);
        ParsedLesson p = new LessonParser(new LessonPaths(DIR), new LessonStepValidator()).read(f, "seed.md");
        assertTrue(p.ok(), p.problems().toString());
    }

    @Provide
    Arbitrary<byte[]> lessons() {
        return Mutations.of(LESSON);
    }

    @Property(tries = 1500, seed = "20261125")
    void lessonFilesAsText(@ForAll("lessons") byte[] input) throws IOException {
        lesson(input, StepValidator.NONE, "lesson (format)");
    }

    /** With the player's validator, which runs each step's scene through the engine. */
    @Property(tries = 150, seed = "20261125")
    void lessonFilesWithTheirScenesRun(@ForAll("lessons") byte[] input) throws IOException {
        lesson(input, new LessonStepValidator(), "lesson (scenes run)");
    }

    private static void lesson(byte[] input, StepValidator validator, String name) throws IOException {
        Path folder = Files.createDirectories(DIR.resolve("lessons"));
        Path f = write(input, ".md");
        Path target = folder.resolve(f.getFileName());
        Files.move(f, target);
        LessonParser parser = new LessonParser(new LessonPaths(DIR), validator);
        int lines = (int) new String(input, StandardCharsets.UTF_8).lines().count();
        count(name, ReaderBudget.run(name, input, () -> {
            ParsedLesson p = parser.read(target, "x.md");
            for (LessonProblem problem : p.problems()) {
                assertTrue(problem.line() >= 0 && problem.line() <= lines + 1, problem.toString());
                assertTrue(!problem.message().isBlank(), "a problem without a message");
            }
            if (!p.ok()) {
                throw new InputFileException(p.problems().get(0).toString());
            }
            return p;
        }, List.of(InputFileException.class)));
    }
}
