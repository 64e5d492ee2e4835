package org.gatelab.viewmodel.training;

import static org.gatelab.viewmodel.training.TrainingLabFixtures.assertSameParameters;
import static org.gatelab.viewmodel.training.TrainingLabFixtures.synchronous;
import static org.gatelab.viewmodel.training.TrainingLabFixtures.tinyAdding;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatelab.io.ExperimentFiles;
import org.gatelab.io.RealDataSets;
import org.gatelab.tasks.CsvTask;
import org.gatelab.tasks.TaskSetting;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.ChoiceSetting;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.RealDataSet;
import org.gatelab.vocabulary.TaskKind;
import org.gatelab.vocabulary.TrainingSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and loading trained models and experiment settings; broken and hostile files change nothing. */
class TrainingFilesTest {
    @TempDir
    Path dir;

    private final WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
    private final TrainingLabViewModel model = synchronous(session);

    @Test
    void aTrainedModelRoundTripsThroughSafetensors() throws IOException {
        tinyAdding(model, 2);
        model.setCell(CellKind.GRU);
        model.start();
        Path file = dir.resolve("gru.safetensors");
        model.saveModel(file);
        assertFalse(model.noticeProperty().get().problem(), model.noticeProperty().get().text());
        assertEquals("Saved the GRU after epoch 2 to gru.safetensors.", model.noticeProperty().get().text());
        assertTrue(Files.size(file) > 0);
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file is left behind");
        }

        TrainingLabViewModel other = synchronous(new WorkspaceViewModel(TaskRunner.direct()));
        tinyAdding(other, 2);
        assertEquals(CellKind.LSTM, other.cell());
        other.loadModel(file);
        assertEquals(TrainingState.LOADED, other.state(), other.noticeProperty().get().text());
        assertSameParameters(model.currentModel(), other.currentModel());
        assertEquals(CellKind.GRU, other.cell(), "the settings take the loaded model's cell");
        assertTrue(other.noticeProperty().get().text().startsWith("Loaded gru.safetensors (GRU, hidden 4"),
                other.noticeProperty().get().text());
        ValidationPredictions trained = model.snapshot().predictions();
        ValidationPredictions loaded = other.snapshot().predictions();
        assertArrayEquals(trained.points().prediction(), loaded.points().prediction(), 0.0,
                "the loaded model predicts exactly what the trained one did");
        assertEquals(model.snapshot().lastEpoch().valLoss(), Double.parseDouble(
                other.noticeProperty().get().text().replaceAll(".*validation loss ([0-9.e-]+).*", "$1")),
                1e-3 * model.snapshot().lastEpoch().valLoss());
        other.inspect();
        assertEquals(CellKind.GRU, other.workspace().trace().cell());
        assertEquals(4, other.workspace().trace().hiddenSize());
        other.reset();
        assertEquals(TrainingState.IDLE, other.state());
    }

    @Test
    void aModelThatDoesNotFitTheTaskIsRefusedAndChangesNothing() throws IOException {
        tinyAdding(model, 1);
        model.start();
        Path file = dir.resolve("adding.safetensors");
        model.saveModel(file);
        TrainingLabViewModel other = synchronous(new WorkspaceViewModel(TaskRunner.direct()));
        other.selectTask(TaskKind.COPY);
        ExperimentSettings before = other.settings();
        other.loadModel(file);
        Notice n = other.noticeProperty().get();
        assertTrue(n.problem());
        assertTrue(n.text().startsWith("adding.safetensors: a model with 2 inputs and 1 output cannot run the Copy"),
                n.text());
        assertEquals(before, other.settings());
        assertEquals(TrainingState.IDLE, other.state());

        Path junk = dir.resolve("junk.safetensors");
        Files.writeString(junk, "not a model");
        other.loadModel(junk);
        assertTrue(other.noticeProperty().get().problem());
        assertTrue(other.noticeProperty().get().text().contains("junk.safetensors"), other.noticeProperty().get().text());
        assertEquals(before, other.settings());
    }

    @Test
    void settingsRoundTripThroughAnExperimentFile() throws IOException {
        model.selectTask(TaskKind.COPY);
        assertTrue(model.setTaskValue(TaskSetting.COPY_DELAY, "5"));
        assertTrue(model.setTaskValue(TaskSetting.COPY_ALPHABET, "6"));
        assertTrue(model.setCell(CellKind.GRU));
        assertTrue(model.setTrainingValue(TrainingSetting.HIDDEN, "12"));
        assertTrue(model.setOptimizer(OptimizerKind.SGD));
        assertTrue(model.setTrainingValue(TrainingSetting.MOMENTUM, "0.5"));
        assertTrue(model.setTrainingValue(TrainingSetting.CLIP_NORM, "0"));
        assertTrue(model.setTrainingValue(TrainingSetting.SEED, "7"));
        assertTrue(model.setInit(InitScheme.XAVIER));
        assertTrue(model.setTrainingValue(TrainingSetting.GATE_BIAS, "2"));
        Path file = dir.resolve("copy.json");
        model.saveSettings(file);
        assertEquals("Saved the settings to copy.json.", model.noticeProperty().get().text());
        String json = Files.readString(file);
        assertTrue(json.contains("\"gatelab\" : \"experiment\""), json);
        assertTrue(json.contains("\"delay\" : 5"), json);
        assertTrue(json.contains("\"learning_rate\" : 0.01"), json);

        TrainingLabViewModel other = synchronous(new WorkspaceViewModel(TaskRunner.direct()));
        other.loadSettings(file);
        assertFalse(other.noticeProperty().get().problem(), other.noticeProperty().get().text());
        assertEquals(model.settings(), other.settings());
        assertEquals(TaskKind.COPY, other.taskKind());
        assertEquals("5", other.taskText(TaskSetting.COPY_DELAY));
        assertEquals(other.settings().task().explanation(), other.explanationProperty().get());
    }

    @Test
    void aCorruptOrHostileSettingsFileGivesAMessageAndChangesNothing() throws IOException {
        ExperimentSettings before = model.settings();
        String good = ExperimentFiles.toJson(before);
        String[][] cases = {
                {"{ \"gatelab\": \"experiment\", ", "broken.json:1:", "not valid JSON"},
                {"[1, 2, 3]", "broken.json: not a GateLab experiment file", "found a list"},
                {"{\"hello\": 1}", "broken.json: not a GateLab experiment file", "\"gatelab\": \"experiment\""},
                {good.replace("\"learning_rate\" : 0.01", "\"learning_rate\" : 5000"),
                        "broken.json: field \"training.learning_rate\": ",
                        "learning rate must be between 0.000001 and 1000, got 5000"},
                {good.replace("\"hidden\" : 32", "\"hidden\" : \"32\""), "field \"training.hidden\"",
                        "must be a number, found the text \"32\""},
                {good.replace("\"hidden\" : 32", "\"hidden\" : 32.5"), "field \"training.hidden\"",
                        "must be a whole number"},
                {good.replace("\"length\" : 50", "\"lenght\" : 50"), "field \"task.lenght\"",
                        "unknown field (did you mean \"length\"?)"},
                {good.replace("\"length\" : 50", "\"length\" : 5"), "field \"task.length\"",
                        "length T must be between 10 and 500, got 5"},
                {good.replace("\"kind\" : \"adding\"", "\"kind\" : \"poetry\""), "field \"task.kind\"",
                        "unknown task \"poetry\""},
                {good.replace("\"cell\" : \"lstm\"", "\"cell\" : \"transformer\""), "field \"training.cell\"",
                        "unknown cell"},
                {good.replace("\"init\" : \"pytorch-default\"", "\"init\" : \"irnn\""), "field \"training.init\"",
                        "irnn is for the vanilla RNN"},
                {good.replace("\"seed\" : 1", "\"seed\" : 1e999"), "field \"training.seed\"", "whole number"},
                {good.replace("\"version\" : 1", "\"version\" : 7"), "field \"version\"", "version 7"},
                {"{\"gatelab\": \"experiment\", \"task\": {\"kind\": \"adding\"}, \"task\": {}}", "broken.json:",
                        "Duplicate field 'task'"},
                {"{\"gatelab\":\"experiment\",\"task\":" + "[".repeat(50) + "]".repeat(50) + "}", "broken.json:",
                        "not valid JSON"},
                {"{\"gatelab\": \"experiment\", \"task\": {\"kind\": \"csv\", \"file\": \"/\"}}",
                        "field \"task.file\"", "outside the experiment file's folder"},
                {"{\"gatelab\": \"experiment\", \"task\": {\"kind\": \"csv\", \"file\": \"../x.csv\"}}",
                        "field \"task.file\"", "outside the experiment file's folder"},
                {"{\"gatelab\": \"experiment\", \"task\": {\"kind\": \"csv\", \"file\": \"sub\"}}",
                        "field \"task.file\"", "not a regular file"},
                {"{\"gatelab\": \"experiment\", \"task\": {\"kind\": \"csv\", \"file\": \"nothing-here.csv\"}}",
                        "field \"task.file\"", "no such file"},
                {"", "broken.json: the file is empty", ""},
        };
        Files.createDirectories(dir.resolve("sub"));
        for (String[] c : cases) {
            Path file = dir.resolve("broken.json");
            Files.writeString(file, c[0]);
            model.loadSettings(file);
            Notice n = model.noticeProperty().get();
            assertTrue(n.problem(), "refused: " + c[0]);
            assertTrue(n.text().contains(c[1]) && n.text().contains(c[2]), "expected \"" + c[1] + "\" and \"" + c[2]
                    + "\" in: " + n.text());
            assertEquals(before, model.settings(), "nothing changed by " + c[0]);
        }
        Path huge = dir.resolve("huge.json");
        Files.write(huge, new byte[ExperimentFiles.MAX_BYTES + 1]);
        model.loadSettings(huge);
        assertTrue(model.noticeProperty().get().text().startsWith("huge.json: 65,537 bytes is too large"),
                model.noticeProperty().get().text());
        model.loadSettings(dir.resolve("missing.json"));
        assertTrue(model.noticeProperty().get().text().endsWith("missing.json: no such file"));
        assertEquals(before, model.settings());
    }

    @Test
    void settingsCanBeSavedLoadedAndAppliedInAnyOrder() throws IOException {
        // more anomalies than the default series holds, valid only together with a longer series
        String json = "{\"gatelab\": \"experiment\", \"task\": {\"kind\": \"anomaly\", \"anomalies\": 30, "
                + "\"series_length\": 12000}, \"training\": {\"init\": \"irnn\", \"cell\": \"rnn\"}}";
        Path file = dir.resolve("anomaly.json");
        Files.writeString(file, json);
        model.loadSettings(file);
        assertFalse(model.noticeProperty().get().problem(), model.noticeProperty().get().text());
        assertEquals("30", model.taskText(TaskSetting.ANOMALY_COUNT));
        assertEquals(InitScheme.IRNN, model.init());
        assertEquals(CellKind.RNN, model.cell());
    }

    @Test
    void aCsvSeriesIsReadNormalisedAndSavedWithItsFile() throws IOException {
        StringBuilder csv = new StringBuilder("day,price\n");
        for (int i = 0; i < 300; i++) {
            csv.append(i).append(',').append(i % 37 == 5 ? "" : Double.toString(10 + Math.sin(i / 5.0) + i * 0.01))
                    .append('\n');
        }
        Path data = dir.resolve("prices.csv");
        Files.writeString(data, csv, StandardCharsets.UTF_8);
        model.loadCsv(data, "price");
        assertFalse(model.noticeProperty().get().problem(), model.noticeProperty().get().text());
        assertEquals(TaskKind.CSV, model.taskKind());
        assertEquals("prices.csv", model.csvFileName());
        // the 8 empty days lie between two others: filled in, so the series keeps all 300 days
        assertEquals("Read 300 values from prices.csv, column price (8 missing values filled in).",
                model.noticeProperty().get().text());
        assertTrue(model.noticeProperty().get().text().startsWith("Read 300 values from prices.csv, column price"),
                model.noticeProperty().get().text());
        DataSummary d = model.dataProperty().get();
        assertNotNull(d);
        assertTrue(d.normalization().startsWith("Values are z-scored with mean 1"), d.normalization());
        assertTrue(d.normalization().contains("from the training part"), d.normalization());
        assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("8 missing values filled in")), d.notes().toString());
        assertTrue(d.references().stream().anyMatch(r -> r.id().equals("linear_ar")), "a linear AR beside the model");
        assertTrue(d.hasNaiveForecast());
        assertTrue(model.explanationProperty().get().startsWith("Your series prices.csv, column price"));
        assertTrue(model.setTaskValue(TaskSetting.CSV_WINDOW, "12"));
        assertEquals(12, ((CsvTask) model.settings().task()).window());

        Path file = dir.resolve("mine.json");
        model.saveSettings(file);
        TrainingLabViewModel other = synchronous(new WorkspaceViewModel(TaskRunner.direct()));
        other.loadSettings(file);
        assertFalse(other.noticeProperty().get().problem(), other.noticeProperty().get().text());
        assertEquals(TaskKind.CSV, other.taskKind());
        assertEquals("12", other.taskText(TaskSetting.CSV_WINDOW));
        assertArrayEquals(((CsvTask) model.settings().task()).series().values(),
                ((CsvTask) other.settings().task()).series().values(), 0.0);

        model.loadCsv(dir.resolve("none.csv"), "");
        assertTrue(model.problem(ChoiceSetting.CSV_FILE).endsWith("none.csv: no such file"));
        assertEquals("prices.csv", model.csvFileName(), "a bad file changes nothing");
        model.setCsvColumn("volume");
        assertTrue(model.problem(ChoiceSetting.CSV_COLUMN).contains("volume"), model.problem(ChoiceSetting.CSV_COLUMN));
        assertEquals("price", model.csvColumn());
    }

    @Test
    void anExperimentKeepsItsCsvInItsOwnFolderAndRefusesLinksOut() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data")).resolve("series.csv");
        StringBuilder csv = new StringBuilder("v\n");
        for (int i = 0; i < 120; i++) {
            csv.append(Math.sin(i / 4.0)).append('\n');
        }
        Files.writeString(data, csv);
        TrainingLabViewModel model = synchronous(new WorkspaceViewModel(TaskRunner.direct()));
        model.loadCsv(data, "v");
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Path file = experiments.resolve("lab.json");
        model.saveSettings(file);
        assertTrue(model.noticeProperty().get().text().contains("a copy of the CSV file beside it (series.csv)"),
                model.noticeProperty().get().text());
        assertTrue(Files.readString(file).contains("\"file\" : \"series.csv\""), Files.readString(file));
        assertEquals(-1, Files.mismatch(data, experiments.resolve("series.csv")));
        model.saveSettings(file);
        try (var listing = Files.list(experiments)) {
            assertEquals(2, listing.count(), "saving again reuses the identical copy");
        }
        TrainingLabViewModel other = synchronous(new WorkspaceViewModel(TaskRunner.direct()));
        other.loadSettings(file);
        assertFalse(other.noticeProperty().get().problem(), other.noticeProperty().get().text());
        assertEquals(TaskKind.CSV, other.taskKind());

        Path outside = dir.resolve("secret.csv");
        Files.writeString(outside, csv);
        Path link = experiments.resolve("link.csv");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        Files.writeString(file, Files.readString(file).replace("series.csv", "link.csv"));
        other.reset();
        other.loadSettings(file);
        assertTrue(other.noticeProperty().get().problem());
        assertTrue(other.noticeProperty().get().text().contains("points outside"), other.noticeProperty().get().text());
    }

    @Test
    void aRecordingOfTheGalleryIsChosenSavedByNameAndReadBack() throws IOException {
        model.selectTask(TaskKind.REAL);
        assertEquals(RealDataSet.CO2, model.dataSet(), "the gallery opens on the CO2 record");
        assertTrue(model.creditProperty().get().startsWith("Data: Keeling"), model.creditProperty().get());
        model.selectDataSet(RealDataSet.SUNSPOTS);
        assertEquals(RealDataSet.SUNSPOTS, model.dataSet());
        assertEquals(RealDataSets.task(RealDataSet.SUNSPOTS).explanation(), model.explanationProperty().get());
        assertTrue(model.setTaskValue(TaskSetting.REAL_DIFFERENCE, "1"));
        assertTrue(model.setTaskValue(TaskSetting.REAL_WINDOW, "11"));
        assertFalse(model.setTaskValue(TaskSetting.REAL_DIFFERENCE, "2"));
        assertEquals("Differencing must be between 0 (values) and 1, got 2", model.problem(TaskSetting.REAL_DIFFERENCE));
        Path file = dir.resolve("sun.json");
        model.saveSettings(file);
        String json = Files.readString(file);
        String flat = json.replaceAll("\\s", "");
        assertTrue(flat.contains("\"kind\":\"real\"") && flat.contains("\"dataset\":\"sunspots\""), json);
        TrainingLabViewModel other = synchronous(new WorkspaceViewModel(TaskRunner.direct()));
        other.loadSettings(file);
        assertFalse(other.noticeProperty().get().problem(), other.noticeProperty().get().text());
        assertEquals(model.settings().task(), other.settings().task(), "the recording, window and differencing");
        // another task's settings keep their own; coming back finds the gallery as it was left
        other.selectTask(TaskKind.ADDING);
        assertEquals("", other.creditProperty().get());
        other.selectTask(TaskKind.REAL);
        assertEquals(RealDataSet.SUNSPOTS, other.dataSet());
        // a file naming a recording the gallery does not have changes nothing and says why
        Files.writeString(file, "{\"gatelab\": \"experiment\", \"task\": {\"kind\": \"real\", \"dataset\": \"moon\"}}");
        var before = other.settings();
        other.loadSettings(file);
        assertEquals("sun.json: field \"task.dataset\": unknown data set \"moon\" (expected sensors-indoor, "
                + "sensors-outdoor, ecg, births, sunspots or co2)", other.noticeProperty().get().text());
        assertEquals(before, other.settings());
    }
}
