package org.gatelab.viewmodel.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.io.InputFileException;
import org.gatelab.io.ModelFiles;
import org.gatelab.tasks.Predictions;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.training.Evaluation;
import org.gatelab.training.TrainingConfig;
import org.gatelab.vocabulary.Ranges;

/**
 * A model read from a .safetensors file, with its predictions on the chosen task's validation set.
 *
 * @param model       the model (owned: hand out copies)
 * @param fileName    the file it came from
 * @param data        the task's data it was evaluated on
 * @param predictions its predictions on the validation set
 * @param valLoss     its validation loss
 * @param accuracy    its validation accuracy (NaN without accuracy)
 */
record LoadedModel(Model model, String fileName, TaskData data, ValidationPredictions predictions, double valLoss,
                   double accuracy) {

    /**
     * Reads {@code file} and evaluates it on {@code task}'s data ({@code known}, or generated from {@code seed}).
     *
     * @throws InputFileException when the file is no model or the model does not fit the task
     */
    static LoadedModel load(Path file, TrainingTask task, long seed, TaskData known) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Model model = ModelFiles.load(file, null, null);
        ModelConfig c = model.config();
        if (c.inputSize() != task.inputSize() || c.outputSize() != task.outputSize()) {
            throw new InputFileException(String.format(Locale.ROOT, "%s: a model with %d input%s and %d output%s "
                            + "cannot run the %s, which has %d input%s and %d output%s (choose the task it was "
                            + "trained on)", name, c.inputSize(), plural(c.inputSize()), c.outputSize(),
                    plural(c.outputSize()), task.title(), task.inputSize(), plural(task.inputSize()),
                    task.outputSize(), plural(task.outputSize())));
        }
        if (c.hiddenSize() > Ranges.HIDDEN.maxInt()) {
            throw new InputFileException(name + ": hidden size " + c.hiddenSize() + " is more than the lab trains ("
                    + Ranges.HIDDEN.maxInt() + ")");
        }
        TaskData data = known != null ? known : task.generate(seed);
        Predictions val = Evaluation.predict(model, data.validation());
        Predictions train = PredictionSummaries.needsTrainPredictions(data) ? Evaluation.predict(model, data.train())
                : null;
        return new LoadedModel(model, name, data, PredictionSummaries.of(data, val, train, 0),
                data.validation().loss(val), data.validation().accuracy(val));
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** {@code c} with this model's cell, nonlinearity, hidden size and layers. */
    TrainingConfig adapt(TrainingConfig c) {
        ModelConfig m = model.config();
        return c.withCell(m.cell()).withNonlinearity(m.nonlinearity()).withHidden(m.hiddenSize())
                .withLayers(m.layers());
    }

    /** E.g. "Loaded lstm.safetensors (LSTM, hidden 32, 4,513 parameters): validation loss 0.0012 (...)". */
    String describe() {
        StringBuilder sb = new StringBuilder("Loaded ").append(fileName).append(" (")
                .append(TrainingMessages.modelLabel(model.config(), model.config().parameterCount()))
                .append("): validation loss ").append(TrainingMessages.number(valLoss));
        if (Double.isFinite(data.baselineValLoss())) {
            sb.append(" (best constant ").append(TrainingMessages.number(data.baselineValLoss())).append(')');
        }
        if (!Double.isNaN(accuracy)) {
            sb.append(String.format(Locale.ROOT, ", accuracy %.1f%%", 100 * accuracy));
        }
        sb.append(". Inspect it in the workspace, or Start to train a fresh model with these settings.");
        if (model.config().bidirectional()) {
            // the lab's training settings have no direction: say so rather than change the model's shape silently
            sb.append(" It is bidirectional; the lab trains one-way networks, so Start trains a one-way ")
                    .append(model.config().cell().name()).append(" of the same sizes.");
        }
        return sb.toString();
    }

    /** What the lab shows for this model. */
    TrainingSnapshot snapshot(TrainingConfig config) {
        return new TrainingSnapshot(TrainingState.LOADED, 0, config.epochs(), 0, 0, List.of(), new double[0],
                new double[0], predictions, model.config().cell(),
                TrainingMessages.modelLabel(model.config(), model.config().parameterCount()), data.baselineValLoss(),
                data.naiveValLoss(), data.chanceAccuracy(), config.clipNorm(),
                TrainingMessages.lossName(data.task().loss()), describe(), null);
    }
}
