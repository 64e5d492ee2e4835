package org.gatelab.training;

import java.util.Locale;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.Optimizer;
import org.gatelab.engine.Optimizers;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.NumberText;
import org.gatelab.vocabulary.OptimizerKind;
import org.gatelab.vocabulary.Ranges;
import org.gatelab.vocabulary.TrainingSetting;

/**
 * Everything that decides a training run besides the data. Every setting is checked on construction; the
 * messages name the setting and its allowed range. {@link TrainingDefaults#config()} gives the lab's defaults.
 *
 * @param cell          rnn, lstm or gru
 * @param nonlinearity  the vanilla RNN's tanh or relu (ignored for gated cells)
 * @param hidden        hidden units per layer ({@link Ranges#HIDDEN})
 * @param layers        stacked layers ({@link Ranges#LAYERS})
 * @param learningRate  step size ({@link Ranges#LEARNING_RATE})
 * @param optimizer     sgd or adam
 * @param momentum      SGD momentum ({@link Ranges#MOMENTUM}; ignored by Adam)
 * @param batchSize     sequences per mini-batch ({@link Ranges#BATCH_SIZE})
 * @param clipNorm      largest global gradient norm ({@code clip_grad_norm_}); 0 turns clipping off
 *                      ({@link Ranges#CLIP_NORM})
 * @param epochs        passes over the training set ({@link Ranges#EPOCHS})
 * @param seed          seeds the data, the initial parameters and the batch order
 * @param init          initialization scheme
 * @param gateBias      LSTM forget-gate / GRU update-gate bias, or NaN for the scheme's own
 *                      ({@link Ranges#GATE_BIAS})
 */
public record TrainingConfig(CellKind cell, Nonlinearity nonlinearity, int hidden, int layers, double learningRate,
                             OptimizerKind optimizer, double momentum, int batchSize, double clipNorm, int epochs,
                             long seed, InitScheme init, double gateBias) {
    public TrainingConfig {
        required("cell", cell);
        nonlinearity = nonlinearity == null ? Nonlinearity.TANH : nonlinearity;
        Ranges.HIDDEN.check("hidden size", hidden);
        Ranges.LAYERS.check("layers", layers);
        Ranges.LEARNING_RATE.check("learning rate", learningRate);
        required("optimizer", optimizer);
        Ranges.MOMENTUM.check("momentum", momentum);
        Ranges.BATCH_SIZE.check("batch size", batchSize);
        Ranges.CLIP_NORM.check("clip norm", clipNorm);
        Ranges.EPOCHS.check("epochs", epochs);
        required("initialization", init);
        if (init == InitScheme.IRNN && cell != CellKind.RNN) {
            throw new IllegalArgumentException("initialization irnn is for the vanilla RNN, not the " + cell.id()
                    + " (choose pytorch-default, xavier, orthogonal or chrono)");
        }
        if (init == InitScheme.CHRONO && cell == CellKind.RNN) {
            throw new IllegalArgumentException("initialization chrono needs a gated cell (lstm or gru), not the rnn");
        }
        if (!Double.isNaN(gateBias)) {
            Ranges.GATE_BIAS.check("gate bias", gateBias);
        }
    }

    private static void required(String setting, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(setting + " is required");
        }
    }

    /** The value of a numeric setting (NaN for the scheme's own gate bias). */
    public double value(TrainingSetting s) {
        return switch (s) {
            case HIDDEN -> hidden;
            case LAYERS -> layers;
            case LEARNING_RATE -> learningRate;
            case MOMENTUM -> momentum;
            case BATCH_SIZE -> batchSize;
            case CLIP_NORM -> clipNorm;
            case EPOCHS -> epochs;
            case SEED -> seed;
            case GATE_BIAS -> gateBias;
        };
    }

    /** The value of a numeric setting as a field shows it (empty for the scheme's own gate bias). */
    public String text(TrainingSetting s) {
        return s == TrainingSetting.SEED ? Long.toString(seed) : NumberText.format(value(s));
    }

    /**
     * This config with a numeric setting set to the typed {@code text} (an empty gate bias: the scheme's own).
     *
     * @throws IllegalArgumentException with the reason, naming the setting
     */
    public TrainingConfig with(TrainingSetting s, String text) {
        String label = s.label();
        return switch (s) {
            case HIDDEN -> withHidden(NumberText.parseInt(label, text));
            case LAYERS -> withLayers(NumberText.parseInt(label, text));
            case LEARNING_RATE -> withLearningRate(NumberText.parseDouble(label, text));
            case MOMENTUM -> withOptimizer(optimizer, NumberText.parseDouble(label, text));
            case BATCH_SIZE -> withBatchSize(NumberText.parseInt(label, text));
            case CLIP_NORM -> withClipNorm(NumberText.parseDouble(label, text));
            case EPOCHS -> withEpochs(NumberText.parseInt(label, text));
            case SEED -> withSeed(NumberText.parseLong(label, text));
            case GATE_BIAS -> withInit(init, text == null || text.isBlank() ? Double.NaN
                    : NumberText.parseDouble(label, text));
        };
    }

    public TrainingConfig withCell(CellKind c) {
        InitScheme scheme = init;
        if (c != CellKind.RNN && scheme == InitScheme.IRNN || c == CellKind.RNN && scheme == InitScheme.CHRONO) {
            scheme = InitScheme.PYTORCH_DEFAULT;
        }
        return new TrainingConfig(c, nonlinearity, hidden, layers, learningRate, optimizer, momentum, batchSize,
                clipNorm, epochs, seed, scheme, gateBias);
    }

    public TrainingConfig withHidden(int h) {
        return new TrainingConfig(cell, nonlinearity, h, layers, learningRate, optimizer, momentum, batchSize,
                clipNorm, epochs, seed, init, gateBias);
    }

    public TrainingConfig withLayers(int n) {
        return new TrainingConfig(cell, nonlinearity, hidden, n, learningRate, optimizer, momentum, batchSize,
                clipNorm, epochs, seed, init, gateBias);
    }

    public TrainingConfig withLearningRate(double lr) {
        return new TrainingConfig(cell, nonlinearity, hidden, layers, lr, optimizer, momentum, batchSize, clipNorm,
                epochs, seed, init, gateBias);
    }

    public TrainingConfig withOptimizer(OptimizerKind o, double m) {
        return new TrainingConfig(cell, nonlinearity, hidden, layers, learningRate, o, m, batchSize, clipNorm,
                epochs, seed, init, gateBias);
    }

    public TrainingConfig withBatchSize(int b) {
        return new TrainingConfig(cell, nonlinearity, hidden, layers, learningRate, optimizer, momentum, b, clipNorm,
                epochs, seed, init, gateBias);
    }

    public TrainingConfig withClipNorm(double c) {
        return new TrainingConfig(cell, nonlinearity, hidden, layers, learningRate, optimizer, momentum, batchSize, c,
                epochs, seed, init, gateBias);
    }

    public TrainingConfig withEpochs(int e) {
        return new TrainingConfig(cell, nonlinearity, hidden, layers, learningRate, optimizer, momentum, batchSize,
                clipNorm, e, seed, init, gateBias);
    }

    public TrainingConfig withSeed(long s) {
        return new TrainingConfig(cell, nonlinearity, hidden, layers, learningRate, optimizer, momentum, batchSize,
                clipNorm, epochs, s, init, gateBias);
    }

    public TrainingConfig withInit(InitScheme scheme, double bias) {
        return new TrainingConfig(cell, nonlinearity, hidden, layers, learningRate, optimizer, momentum, batchSize,
                clipNorm, epochs, seed, scheme, bias);
    }

    public TrainingConfig withNonlinearity(Nonlinearity n) {
        return new TrainingConfig(cell, n, hidden, layers, learningRate, optimizer, momentum, batchSize, clipNorm,
                epochs, seed, init, gateBias);
    }

    /** The model's shape for {@code task}: its input and output sizes with this cell, hidden size and depth. */
    public ModelConfig modelConfig(TrainingTask task) {
        return new ModelConfig(cell, nonlinearity, task.inputSize(), hidden, layers, task.outputSize());
    }

    /** The initial parameters' spec; chrono's T_max is the task's sequence length (at least 3). */
    public InitSpec initSpec(TrainingTask task) {
        return new InitSpec(init, seed, gateBias, 1.0, init == InitScheme.CHRONO ? Math.max(3, task.length()) : 0);
    }

    /** A fresh optimizer of this kind. */
    public Optimizer createOptimizer() {
        return Optimizers.create(optimizer, learningRate, momentum);
    }

    /** E.g. "lstm, hidden 32, adam lr 0.01, batch 32, clip 1, 20 epochs, seed 1". */
    public String describe() {
        return String.format(Locale.ROOT, "%s%s, hidden %d%s, %s lr %s%s, batch %d, clip %s, %d epoch%s, seed %d%s",
                cell.id(), cell == CellKind.RNN && nonlinearity != Nonlinearity.TANH ? " (" + nonlinearity.id() + ")"
                        : "", hidden, layers == 1 ? "" : " x " + layers + " layers", optimizer.id(),
                NumberText.plain(learningRate), optimizer == OptimizerKind.SGD ? " momentum " + NumberText.plain(momentum)
                        : "", batchSize, clipNorm == 0 ? "off" : NumberText.plain(clipNorm), epochs, epochs == 1 ? "" : "s",
                seed,
                (init == InitScheme.PYTORCH_DEFAULT ? "" : ", init " + init.id())
                        + (Double.isNaN(gateBias) ? "" : ", gate bias " + NumberText.plain(gateBias)));
    }
}
