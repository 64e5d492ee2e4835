package org.gatelab.tasks;

import java.util.Locale;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.Optimizer;
import org.gatelab.engine.Optimizers;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;

import org.gatelab.vocabulary.OptimizerKind;

/**
 * Everything that decides a training run besides the data. Every setting is checked on construction; the
 * messages name the setting and its allowed range. {@link TrainingDefaults#config()} gives the lab's defaults.
 *
 * @param cell          rnn, lstm or gru
 * @param nonlinearity  the vanilla RNN's tanh or relu (ignored for gated cells)
 * @param hidden        hidden units per layer (1..1024)
 * @param layers        stacked layers (1..3)
 * @param learningRate  step size (1e-6..1000)
 * @param optimizer     sgd or adam
 * @param momentum      SGD momentum (0..0.999; ignored by Adam)
 * @param batchSize     sequences per mini-batch (1..1024)
 * @param clipNorm      largest global gradient norm ({@code clip_grad_norm_}); 0 turns clipping off (0..1e6)
 * @param epochs        passes over the training set (1..10000)
 * @param seed          seeds the data, the initial parameters and the batch order
 * @param init          initialization scheme
 * @param gateBias      LSTM forget-gate / GRU update-gate bias, or NaN for the scheme's own (-20..20)
 */
public record TrainingConfig(CellKind cell, Nonlinearity nonlinearity, int hidden, int layers, double learningRate,
                             OptimizerKind optimizer, double momentum, int batchSize, double clipNorm, int epochs,
                             long seed, InitScheme init, double gateBias) {
    public static final int MAX_HIDDEN = 1024;
    public static final int MAX_BATCH = 1024;
    public static final int MAX_EPOCHS = 10_000;
    public static final double MIN_LEARNING_RATE = 1e-6;
    public static final double MAX_LEARNING_RATE = 1000;

    public TrainingConfig {
        Check.required("cell", cell);
        nonlinearity = nonlinearity == null ? Nonlinearity.TANH : nonlinearity;
        Check.range("hidden size", hidden, 1, MAX_HIDDEN);
        Check.range("layers", layers, 1, ModelConfig.MAX_LAYERS);
        Check.range("learning rate", learningRate, MIN_LEARNING_RATE, MAX_LEARNING_RATE);
        Check.required("optimizer", optimizer);
        Check.range("momentum", momentum, 0, 0.999);
        Check.range("batch size", batchSize, 1, MAX_BATCH);
        if (!(clipNorm >= 0 && clipNorm <= 1e6)) {
            throw new IllegalArgumentException("clip norm must be between 0 (off) and 1000000, got "
                    + Check.number(clipNorm));
        }
        Check.range("epochs", epochs, 1, MAX_EPOCHS);
        Check.required("initialization", init);
        if (init == InitScheme.IRNN && cell != CellKind.RNN) {
            throw new IllegalArgumentException("initialization irnn is for the vanilla RNN, not the " + cell.id()
                    + " (choose pytorch-default, xavier, orthogonal or chrono)");
        }
        if (init == InitScheme.CHRONO && cell == CellKind.RNN) {
            throw new IllegalArgumentException("initialization chrono needs a gated cell (lstm or gru), not the rnn");
        }
        if (!Double.isNaN(gateBias)) {
            Check.range("gate bias", gateBias, -20, 20);
        }
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
                Check.number(learningRate), optimizer == OptimizerKind.SGD ? " momentum " + Check.number(momentum)
                        : "", batchSize, clipNorm == 0 ? "off" : Check.number(clipNorm), epochs, epochs == 1 ? "" : "s",
                seed,
                (init == InitScheme.PYTORCH_DEFAULT ? "" : ", init " + init.id())
                        + (Double.isNaN(gateBias) ? "" : ", gate bias " + Check.number(gateBias)));
    }
}
