package org.gatelab.engine;

import java.util.Random;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;

/** Small random models, inputs and targets for the engine tests, all from fixed seeds. */
final class TestModels {
    private TestModels() {
    }

    static Model randomModel(CellKind cell, Nonlinearity nl, int in, int hidden, int layers, int out, long seed) {
        return randomModel(new ModelConfig(cell, nl, in, hidden, layers, out), seed);
    }

    /** Every parameter drawn from N(0, 0.6²) in state_dict order. */
    static Model randomModel(ModelConfig config, long seed) {
        return randomize(new Model(config), seed);
    }

    /** An encoder-decoder with every parameter drawn from N(0, 0.6²) in state_dict order. */
    static Seq2SeqModel randomSeq2Seq(Seq2SeqConfig config, long seed) {
        return randomize(new Seq2SeqModel(config), seed);
    }

    static <P extends ParameterSet> P randomize(P model, long seed) {
        Random random = new Random(seed);
        for (String name : model.parameterNames()) {
            int[] shape = model.shape(name);
            int n = shape.length == 2 ? shape[0] * shape[1] : shape[0];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = random.nextGaussian() * 0.6;
            }
            model.setParameter(name, shape, v);
        }
        return model;
    }

    static SequenceBatch randomInput(int steps, int batch, int features, long seed) {
        Random random = new Random(seed);
        double[] x = new double[steps * batch * features];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        return new SequenceBatch(steps, batch, features, x);
    }

    static Targets randomTargets(LossKind loss, int steps, int batch, int outputs, long seed) {
        Random random = new Random(seed);
        int rows = loss.isLastStepOnly() ? batch : steps * batch;
        if (loss.isClassification()) {
            int[] classes = new int[rows];
            for (int i = 0; i < rows; i++) {
                classes[i] = random.nextInt(outputs);
            }
            return Targets.classes(loss, classes);
        }
        double[] values = new double[rows * outputs];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return Targets.regression(loss, values);
    }
}
