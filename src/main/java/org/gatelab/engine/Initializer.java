package org.gatelab.engine;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.InitScheme;

/**
 * Fills a model's parameters according to an {@link InitSpec}. Parameters are drawn in state_dict order
 * from one {@link java.util.Random} seeded with the spec's seed, so a spec always gives the same model.
 * The readout head always gets PyTorch's {@code nn.Linear} default, U(-1/√H, 1/√H).
 */
public final class Initializer {
    private Initializer() {
    }

    /** A new model of the given shape, initialized by {@code spec}. */
    public static Model create(ModelConfig config, InitSpec spec) {
        Model model = new Model(config);
        initialize(model, spec);
        return model;
    }

    public static void initialize(Model model, InitSpec spec) {
        ModelConfig config = model.config();
        CellKind cell = config.cell();
        checkScheme(spec, cell);
        Random random = new Random(spec.seed());
        for (int l = 0; l < config.layers(); l++) {
            for (Direction direction : config.directionList()) {
                initializeLayer(model, ParameterNames.layer("", l, direction), cell, config.hiddenSize(), spec,
                        random);
            }
        }
        // nn.Linear's default: U(-1/sqrt(fan_in), 1/sqrt(fan_in)), fan_in = H (2H when bidirectional)
        double bound = 1.0 / Math.sqrt(config.outputWidth());
        uniform(model.matrix(ParameterNames.HEAD_WEIGHT), bound, random);
        uniform(model.matrix(ParameterNames.HEAD_BIAS), bound, random);
    }

    private static void checkScheme(InitSpec spec, CellKind cell) {
        if (spec.scheme() == InitScheme.IRNN && cell != CellKind.RNN) {
            throw new IllegalArgumentException("IRNN initialization is defined for the vanilla RNN, not the " + cell);
        }
        if (spec.scheme() == InitScheme.CHRONO && cell == CellKind.RNN) {
            throw new IllegalArgumentException("chrono initialization needs a gated cell (LSTM or GRU)");
        }
    }

    /**
     * A new encoder-decoder: the encoder's and then the decoder's layers as {@code spec} says (each like a plain
     * model's), then the attention's weights, the combining layer and the head with nn.Linear's default,
     * U(-1/sqrt(fan_in), 1/sqrt(fan_in)); all from one {@link Random} seeded with the spec's seed, in state_dict
     * order.
     */
    public static Seq2SeqModel create(Seq2SeqConfig config, InitSpec spec) {
        checkScheme(spec, config.cell());
        Seq2SeqModel model = new Seq2SeqModel(config);
        Random random = new Random(spec.seed());
        int h = config.hiddenSize();
        for (String module : new String[] {Seq2SeqModel.ENCODER, Seq2SeqModel.DECODER}) {
            for (int l = 0; l < config.layers(); l++) {
                initializeLayer(model, ParameterNames.layer(module, l, Direction.FORWARD), config.cell(), h, spec,
                        random);
            }
        }
        double k = 1.0 / Math.sqrt(h);
        for (String name : model.parameterNames()) {
            if (name.startsWith(Seq2SeqModel.ENCODER + ".") || name.startsWith(Seq2SeqModel.DECODER + ".")) {
                continue;
            }
            // combine reads [context ; d], 2H values; every other linear map reads H
            uniform(model.matrix(name), name.startsWith("combine.") ? 1.0 / Math.sqrt(2 * h) : k, random);
        }
        return model;
    }

    /**
     * Fills one direction of one recurrent layer from {@code random} ({@code weight_ih}, {@code weight_hh},
     * {@code bias_ih}, {@code bias_hh} in that order), as {@code spec} says. Also used for the encoder and the
     * decoder of an encoder-decoder model.
     */
    static void initializeLayer(ParameterSet model, ParameterNames.Layer names, CellKind cell, int h, InitSpec spec,
                                Random random) {
        double k = 1.0 / Math.sqrt(h);
        DMatrixRMaj wIh = model.matrix(names.weightIh());
        DMatrixRMaj wHh = model.matrix(names.weightHh());
        DMatrixRMaj bIh = model.matrix(names.biasIh());
        DMatrixRMaj bHh = model.matrix(names.biasHh());
        switch (spec.scheme()) {
            case PYTORCH_DEFAULT -> {
                uniform(wIh, k, random);
                uniform(wHh, k, random);
                uniform(bIh, k, random);
                uniform(bHh, k, random);
            }
            case XAVIER -> {
                xavierBlocks(wIh, h, random);
                xavierBlocks(wHh, h, random);
                bIh.zero();
                bHh.zero();
            }
            case ORTHOGONAL -> {
                xavierBlocks(wIh, h, random);
                orthogonalBlocks(wHh, h, random);
                bIh.zero();
                bHh.zero();
            }
            case IRNN -> {
                for (int i = 0; i < wIh.getNumElements(); i++) {
                    wIh.data[i] = random.nextGaussian() * 0.001;
                }
                CommonOps_DDRM.setIdentity(wHh);
                bIh.zero();
                bHh.zero();
            }
            case CHRONO -> {
                uniform(wIh, k, random);
                uniform(wHh, k, random);
                bIh.zero();
                bHh.zero();
                chronoBiases(cell, bIh, h, spec.chronoMaxLength(), random);
            }
            default -> throw new IllegalStateException(spec.scheme().toString());
        }
        if (Double.isFinite(spec.gateBias())) {
            setGateBias(cell, bIh, bHh, h, spec.gateBias());
        }
        if (spec.recurrentScale() != 1.0) {
            CommonOps_DDRM.scale(spec.recurrentScale(), wHh);
        }
    }

    private static void uniform(DMatrixRMaj m, double bound, Random random) {
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = (2 * random.nextDouble() - 1) * bound;
        }
    }

    /** Glorot uniform per gate block: U(±√(6 / (fan_in + fan_out))) with fan_out = H. */
    private static void xavierBlocks(DMatrixRMaj w, int h, Random random) {
        double bound = Math.sqrt(6.0 / (w.numCols + h));
        uniform(w, bound, random);
    }

    /** Each [H x H] block of W_hh set to a random orthogonal matrix (QR of a Gaussian, signs fixed). */
    private static void orthogonalBlocks(DMatrixRMaj w, int h, Random random) {
        int blocks = w.numRows / h;
        for (int blk = 0; blk < blocks; blk++) {
            DMatrixRMaj g = new DMatrixRMaj(h, h);
            for (int i = 0; i < g.getNumElements(); i++) {
                g.data[i] = random.nextGaussian();
            }
            QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(h, h);
            if (!qr.decompose(g)) {
                throw new IllegalStateException("QR decomposition failed");
            }
            DMatrixRMaj q = qr.getQ(null, false);
            DMatrixRMaj r = qr.getR(null, false);
            for (int col = 0; col < h; col++) {
                double sign = r.get(col, col) < 0 ? -1 : 1;
                for (int row = 0; row < h; row++) {
                    w.set(blk * h + row, col, sign * q.get(row, col));
                }
            }
        }
    }

    private static void chronoBiases(CellKind cell, DMatrixRMaj bIh, int h, int maxLength, Random random) {
        // b ~ log(U(1, T_max - 1)): the gate's time constant spreads over the dependency lengths to learn
        Gate keep = cell == CellKind.LSTM ? Gate.F : Gate.Z;
        int keepRow = cell.blockIndex(keep) * h;
        for (int j = 0; j < h; j++) {
            double b = Math.log(1 + random.nextDouble() * (maxLength - 2));
            bIh.data[keepRow + j] = b;
            if (cell == CellKind.LSTM) {
                bIh.data[cell.blockIndex(Gate.I) * h + j] = -b;
            }
        }
    }

    private static void setGateBias(CellKind cell, DMatrixRMaj bIh, DMatrixRMaj bHh, int h, double value) {
        Gate gate = switch (cell) {
            case LSTM -> Gate.F;
            case GRU -> Gate.Z;
            case RNN -> null;
        };
        if (gate == null) {
            return;
        }
        int row = cell.blockIndex(gate) * h;
        for (int j = 0; j < h; j++) {
            bIh.data[row + j] = value;
            bHh.data[row + j] = 0;
        }
    }
}
