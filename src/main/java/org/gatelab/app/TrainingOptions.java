package org.gatelab.app;

import org.gatelab.tasks.TaskDefaults;
import org.gatelab.training.TrainingConfig;
import org.gatelab.training.TrainingDefaults;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.OptimizerKind;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** The training settings of {@code train} and {@code compare}; defaults come from {@link TrainingDefaults}. */
final class TrainingOptions {
    @Option(names = "--cell", paramLabel = "CELL", description = "rnn, lstm or gru (default: ${DEFAULT-VALUE})")
    String cell;

    @Option(names = "--nonlinearity", paramLabel = "FN", description = "the RNN's tanh or relu (default: ${DEFAULT-VALUE})")
    String nonlinearity;

    @Option(names = "--hidden", paramLabel = "H", description = "hidden units (default: ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--layers", paramLabel = "N", description = "stacked layers, 1 to 3 (default: ${DEFAULT-VALUE})")
    int layers;

    @Option(names = {"--lr", "--learning-rate"}, paramLabel = "LR", description = "learning rate (default: ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--optimizer", paramLabel = "OPT", description = "sgd or adam (default: ${DEFAULT-VALUE})")
    String optimizer;

    @Option(names = "--momentum", paramLabel = "M", description = "SGD momentum (default: ${DEFAULT-VALUE})")
    double momentum;

    @Option(names = "--batch", paramLabel = "B", description = "sequences per mini-batch (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--clip", paramLabel = "NORM",
            description = "clip the global gradient norm to NORM, 0 for no clipping (default: ${DEFAULT-VALUE})")
    double clip;

    @Option(names = "--epochs", paramLabel = "N", description = "passes over the training set (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", paramLabel = "S", description = "seeds data, initial weights and batch order "
            + "(default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--init", paramLabel = "SCHEME",
            description = "pytorch-default, xavier, orthogonal, irnn or chrono (default: ${DEFAULT-VALUE})")
    String init;

    @Option(names = "--gate-bias", paramLabel = "B",
            description = "LSTM forget-gate / GRU update-gate bias (default: the initialization's own)")
    Double gateBias;

    TrainingConfig config() {
        return new TrainingConfig(CellKind.parse(cell), Nonlinearity.parse(nonlinearity), hidden, layers,
                learningRate, OptimizerKind.parse(optimizer), momentum, batch, clip, epochs, seed,
                InitScheme.parse(init), gateBias == null ? Double.NaN : gateBias);
    }

    /** Supplies the defaults of {@link TrainingDefaults} to the options above and to {@code --task}. */
    static final class Defaults implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec arg) {
            if (!(arg instanceof OptionSpec option)) {
                return null;
            }
            TrainingConfig d = TrainingDefaults.config();
            return switch (option.longestName()) {
                case "--task" -> TaskDefaults.TASK.id();
                case "--cell" -> d.cell().id();
                case "--nonlinearity" -> d.nonlinearity().id();
                case "--hidden" -> Integer.toString(d.hidden());
                case "--layers" -> Integer.toString(d.layers());
                case "--learning-rate" -> Double.toString(d.learningRate());
                case "--optimizer" -> d.optimizer().id();
                case "--momentum" -> Double.toString(d.momentum());
                case "--batch" -> Integer.toString(d.batchSize());
                case "--clip" -> Double.toString(d.clipNorm());
                case "--epochs" -> Integer.toString(d.epochs());
                case "--seed" -> Long.toString(d.seed());
                case "--init" -> d.init().id();
                default -> null;
            };
        }
    }
}
