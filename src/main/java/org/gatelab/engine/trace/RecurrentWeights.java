package org.gatelab.engine.trace;

import java.util.List;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;

/**
 * One layer's recurrent matrix W_hh ({@code weight_hh_l<k>}, [G*H x H] with the blocks stacked in
 * {@link CellKind#blocks()} order, PyTorch's layout) as the engine read it from a model, with the spectrum of
 * every H x H block ({@link MatrixSpectrum}) and the norms of the whole stacked matrix. Immutable: the values
 * are copied in and handed out one at a time or as a copy.
 */
public final class RecurrentWeights {
    private final CellKind cell;
    private final int layer;
    private final Direction direction;
    private final int hiddenSize;
    private final double[] values;
    private final List<MatrixSpectrum> blocks;
    private final double spectralNorm;
    private final double frobeniusNorm;

    /**
     * @param values        W_hh row-major, {@code G*H x H} values (copied)
     * @param blocks        one spectrum per block, in the cell's block order
     * @param spectralNorm  ‖W_hh‖₂ of the whole stacked matrix
     * @param frobeniusNorm ‖W_hh‖_F of the whole stacked matrix
     */
    public RecurrentWeights(CellKind cell, int layer, int hiddenSize, double[] values, List<MatrixSpectrum> blocks,
                            double spectralNorm, double frobeniusNorm) {
        this(cell, layer, Direction.FORWARD, hiddenSize, values, blocks, spectralNorm, frobeniusNorm);
    }

    /** As above, for one direction of a bidirectional layer ({@code weight_hh_l<k>_reverse} for the reverse one). */
    public RecurrentWeights(CellKind cell, int layer, Direction direction, int hiddenSize, double[] values,
                            List<MatrixSpectrum> blocks, double spectralNorm, double frobeniusNorm) {
        if (cell == null || hiddenSize < 1 || layer < 0) {
            throw new IllegalArgumentException("a cell, a layer index >= 0 and a hidden size >= 1 are required");
        }
        int rows = cell.blockCount() * hiddenSize;
        if (values.length != rows * hiddenSize) {
            throw new IllegalArgumentException("W_hh of a " + cell + " with " + hiddenSize + " units is " + rows + " x "
                    + hiddenSize + ", got " + values.length + " values");
        }
        if (blocks.size() != cell.blockCount()) {
            throw new IllegalArgumentException("a " + cell + " has " + cell.blockCount() + " blocks, got "
                    + blocks.size() + " spectra");
        }
        for (int k = 0; k < blocks.size(); k++) {
            MatrixSpectrum b = blocks.get(k);
            if (b.block() != cell.blocks().get(k) || b.size() != hiddenSize) {
                throw new IllegalArgumentException("spectrum " + k + " is of block " + b.block().symbol() + " ("
                        + b.size() + " x " + b.size() + "), expected " + cell.blocks().get(k).symbol() + " ("
                        + hiddenSize + " x " + hiddenSize + ")");
            }
        }
        this.cell = cell;
        this.layer = layer;
        this.direction = direction == null ? Direction.FORWARD : direction;
        this.hiddenSize = hiddenSize;
        this.values = values.clone();
        this.blocks = List.copyOf(blocks);
        this.spectralNorm = spectralNorm;
        this.frobeniusNorm = frobeniusNorm;
    }

    public CellKind cell() {
        return cell;
    }

    /** The layer this matrix belongs to, 0-based. */
    public int layer() {
        return layer;
    }

    /** The direction of the layer this matrix belongs to (forward unless the layer is bidirectional). */
    public Direction direction() {
        return direction;
    }

    /** H: the number of columns, and the size of every block. */
    public int hiddenSize() {
        return hiddenSize;
    }

    /** G*H: the rows of the stacked matrix. */
    public int rows() {
        return cell.blockCount() * hiddenSize;
    }

    /** W_hh[row][col]: row = block * H + unit, col = the unit of h_{t-1} it reads. */
    public double value(int row, int col) {
        if (row < 0 || row >= rows() || col < 0 || col >= hiddenSize) {
            throw new IndexOutOfBoundsException("no entry (" + row + ", " + col + ") in a " + rows() + " x "
                    + hiddenSize + " W_hh");
        }
        return values[row * hiddenSize + col];
    }

    /** Entry (i, j) of one block, e.g. W_hf[i][j] for the LSTM's forget gate. */
    public double blockValue(Gate block, int i, int j) {
        return value(blockIndex(block) * hiddenSize + i, j);
    }

    /** The whole matrix, row-major (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** The largest |w_ij|: a symmetric colour scale. */
    public double maxAbs() {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** Every block's spectrum, in the cell's block order. */
    public List<MatrixSpectrum> blocks() {
        return blocks;
    }

    /** The spectrum of {@code block}. */
    public MatrixSpectrum spectrum(Gate block) {
        return blocks.get(blockIndex(block));
    }

    private int blockIndex(Gate block) {
        int k = cell.blockIndex(block);
        if (k < 0) {
            throw new IllegalArgumentException(cell + " has no block " + block.symbol());
        }
        return k;
    }

    /** ‖W_hh‖₂ of the whole stacked matrix (for the RNN, the same as its one block's). */
    public double spectralNorm() {
        return spectralNorm;
    }

    /** ‖W_hh‖_F of the whole stacked matrix. */
    public double frobeniusNorm() {
        return frobeniusNorm;
    }
}
