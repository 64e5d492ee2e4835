package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InitializerTest {
    private static final int I = 3;
    private static final int H = 5;

    private static ModelConfig config(CellKind cell, int layers) {
        return new ModelConfig(cell, Nonlinearity.TANH, I, H, layers, 2);
    }

    private static double[] values(Model m, String name) {
        return m.parameter(name).values();
    }

    /** Rows {@code [block*H, (block+1)*H)} of a stacked bias vector. */
    private static double[] block(double[] v, CellKind cell, Gate gate) {
        int k = cell.blockIndex(gate);
        return Arrays.copyOfRange(v, k * H, (k + 1) * H);
    }

    private static boolean supports(InitScheme scheme, CellKind cell) {
        return switch (scheme) {
            case IRNN -> cell == CellKind.RNN;
            case CHRONO -> cell != CellKind.RNN;
            default -> true;
        };
    }

    @ParameterizedTest
    @EnumSource(InitScheme.class)
    void theSameSpecGivesBitIdenticalParameters(InitScheme scheme) {
        for (CellKind cell : CellKind.values()) {
            if (!supports(scheme, cell)) {
                continue;
            }
            InitSpec spec = InitSpec.pytorchDefault(1234).withScheme(scheme).withGateBias(Double.NaN);
            Model a = Initializer.create(config(cell, 2), spec);
            Model b = Initializer.create(config(cell, 2), spec);
            for (String name : a.parameterNames()) {
                double[] va = values(a, name);
                double[] vb = values(b, name);
                for (int i = 0; i < va.length; i++) {
                    assertEquals(Double.doubleToRawLongBits(va[i]), Double.doubleToRawLongBits(vb[i]),
                            scheme + " " + cell + " " + name + "[" + i + "]");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(InitScheme.class)
    void differentSeedsGiveDifferentParameters(InitScheme scheme) {
        for (CellKind cell : CellKind.values()) {
            if (!supports(scheme, cell)) {
                continue;
            }
            InitSpec spec = InitSpec.pytorchDefault(1).withScheme(scheme);
            Model a = Initializer.create(config(cell, 1), spec);
            Model b = Initializer.create(config(cell, 1), spec.withSeed(2));
            // W_ih is random under every scheme (IRNN draws it from N(0, 0.001²))
            assertFalse(Arrays.equals(values(a, "weight_ih_l0"), values(b, "weight_ih_l0")), scheme + " " + cell);
            assertFalse(Arrays.equals(values(a, "head.weight"), values(b, "head.weight")), scheme + " " + cell);
        }
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void pytorchDefaultStaysWithinOneOverSqrtH(CellKind cell) {
        Model m = Initializer.create(config(cell, 3), InitSpec.pytorchDefault(7));
        double bound = 1.0 / Math.sqrt(H);
        double largest = 0;
        for (Tensor t : m.parameters()) {
            double[] v = t.values();
            for (double x : v) {
                assertTrue(Math.abs(x) <= bound, t.name() + ": " + x + " outside ±" + bound);
                largest = Math.max(largest, Math.abs(x));
            }
            // not degenerate: values of both signs (in every tensor big enough to make that certain)
            assertTrue(v.length < 8 || Arrays.stream(v).anyMatch(x -> x > 0) && Arrays.stream(v).anyMatch(x -> x < 0), t.name());
        }
        // and it uses the range: with hundreds of draws the largest is close to the bound
        assertTrue(largest > 0.9 * bound, "largest |value| " + largest + " of bound " + bound);
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void orthogonalGivesOrthogonalRecurrentBlocks(CellKind cell) {
        Model m = Initializer.create(config(cell, 2), InitSpec.pytorchDefault(3).withScheme(InitScheme.ORTHOGONAL));
        for (int l = 0; l < 2; l++) {
            Tensor w = m.parameter(ParameterNames.weightHh(l));
            for (int blk = 0; blk < cell.blockCount(); blk++) {
                // QᵀQ = I for the [H x H] block
                for (int a = 0; a < H; a++) {
                    for (int b = 0; b < H; b++) {
                        double dot = 0;
                        for (int r = 0; r < H; r++) {
                            dot += w.get(blk * H + r, a) * w.get(blk * H + r, b);
                        }
                        assertEquals(a == b ? 1.0 : 0.0, dot, 1e-12, "layer " + l + " block " + blk + " (" + a + ","
                                + b + ")");
                    }
                }
            }
            if (cell.blockCount() > 1) {
                // each block is its own draw
                assertFalse(w.get(0, 0) == w.get(H, 0) && w.get(0, 1) == w.get(H, 1));
            }
            assertTrue(Arrays.stream(values(m, ParameterNames.biasIh(l))).allMatch(x -> x == 0));
            assertTrue(Arrays.stream(values(m, ParameterNames.biasHh(l))).allMatch(x -> x == 0));
        }
    }

    @Test
    void irnnGivesIdentityRecurrenceAndSmallInputWeights() {
        Model m = Initializer.create(new ModelConfig(CellKind.RNN, Nonlinearity.RELU, I, H, 2, 1),
                InitSpec.pytorchDefault(5).withScheme(InitScheme.IRNN));
        for (int l = 0; l < 2; l++) {
            Tensor w = m.parameter(ParameterNames.weightHh(l));
            for (int r = 0; r < H; r++) {
                for (int c = 0; c < H; c++) {
                    assertEquals(r == c ? 1.0 : 0.0, w.get(r, c), 0.0);
                }
            }
            double[] wIh = values(m, ParameterNames.weightIh(l));
            assertTrue(Arrays.stream(wIh).allMatch(x -> Math.abs(x) < 0.01), "W_ih ~ N(0, 0.001²)");
            assertTrue(Arrays.stream(wIh).anyMatch(x -> x != 0));
            assertTrue(Arrays.stream(values(m, ParameterNames.biasIh(l))).allMatch(x -> x == 0));
            assertTrue(Arrays.stream(values(m, ParameterNames.biasHh(l))).allMatch(x -> x == 0));
        }
    }

    @Test
    void irnnIsRefusedForGatedCells() {
        for (CellKind cell : List.of(CellKind.LSTM, CellKind.GRU)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Initializer.create(config(cell, 1), InitSpec.pytorchDefault(1).withScheme(InitScheme.IRNN)));
            assertTrue(e.getMessage().contains("IRNN"), e.getMessage());
        }
    }

    @Test
    void chronoIsRefusedForTheVanillaRnn() {
        assertThrows(IllegalArgumentException.class, () -> Initializer.create(config(CellKind.RNN, 1),
                InitSpec.pytorchDefault(1).withScheme(InitScheme.CHRONO)));
        assertThrows(IllegalArgumentException.class,
                () -> new InitSpec(InitScheme.CHRONO, 1, Double.NaN, 1.0, 2), "T_max below 3");
    }

    @Test
    void gateBiasSetsTheLstmForgetBlock() {
        InitSpec plain = InitSpec.pytorchDefault(11);
        Model base = Initializer.create(config(CellKind.LSTM, 2), plain);
        Model biased = Initializer.create(config(CellKind.LSTM, 2), plain.withGateBias(1.5));
        for (int l = 0; l < 2; l++) {
            double[] bIh = values(biased, ParameterNames.biasIh(l));
            double[] bHh = values(biased, ParameterNames.biasHh(l));
            double[] fIh = block(bIh, CellKind.LSTM, Gate.F);
            double[] fHh = block(bHh, CellKind.LSTM, Gate.F);
            for (int j = 0; j < H; j++) {
                assertEquals(1.5, fIh[j], 0.0);
                assertEquals(0.0, fHh[j], 0.0);
            }
            // the other blocks keep the scheme's values, drawn from the same stream
            for (Gate g : List.of(Gate.I, Gate.G, Gate.O)) {
                assertArrayEquals(block(values(base, ParameterNames.biasIh(l)), CellKind.LSTM, g),
                        block(bIh, CellKind.LSTM, g), 0.0, g.symbol());
                assertArrayEquals(block(values(base, ParameterNames.biasHh(l)), CellKind.LSTM, g),
                        block(bHh, CellKind.LSTM, g), 0.0, g.symbol());
            }
            assertArrayEquals(values(base, ParameterNames.weightHh(l)), values(biased, ParameterNames.weightHh(l)), 0.0);
        }
    }

    @Test
    void gateBiasSetsTheGruUpdateBlock() {
        InitSpec plain = InitSpec.pytorchDefault(12).withScheme(InitScheme.XAVIER);
        Model base = Initializer.create(config(CellKind.GRU, 1), plain);
        Model biased = Initializer.create(config(CellKind.GRU, 1), plain.withGateBias(-2.0));
        double[] bIh = values(biased, "bias_ih_l0");
        double[] bHh = values(biased, "bias_hh_l0");
        for (int j = 0; j < H; j++) {
            assertEquals(-2.0, block(bIh, CellKind.GRU, Gate.Z)[j], 0.0);
            assertEquals(0.0, block(bHh, CellKind.GRU, Gate.Z)[j], 0.0);
        }
        for (Gate g : List.of(Gate.R, Gate.N)) {
            assertArrayEquals(block(values(base, "bias_ih_l0"), CellKind.GRU, g), block(bIh, CellKind.GRU, g), 0.0);
        }
        // the RNN has no gate: a gate bias leaves it as drawn
        InitSpec rnnSpec = InitSpec.pytorchDefault(12);
        assertArrayEquals(values(Initializer.create(config(CellKind.RNN, 1), rnnSpec), "bias_ih_l0"),
                values(Initializer.create(config(CellKind.RNN, 1), rnnSpec.withGateBias(3.0)), "bias_ih_l0"), 0.0);
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void recurrentScaleMultipliesWhhOnly(CellKind cell) {
        InitSpec plain = InitSpec.pytorchDefault(21);
        Model base = Initializer.create(config(cell, 2), plain);
        Model scaled = Initializer.create(config(cell, 2), plain.withRecurrentScale(2.5));
        for (String name : base.parameterNames()) {
            double[] a = values(base, name);
            double[] b = values(scaled, name);
            boolean recurrent = name.startsWith("weight_hh_");
            for (int i = 0; i < a.length; i++) {
                assertEquals(recurrent ? 2.5 * a[i] : a[i], b[i], 0.0, name + "[" + i + "]");
            }
        }
    }

    @Test
    void chronoSpreadsTheLstmForgetBiasAndMirrorsItInTheInputGate() {
        int tMax = 40;
        Model m = Initializer.create(new ModelConfig(CellKind.LSTM, Nonlinearity.TANH, I, 64, 2, 1),
                new InitSpec(InitScheme.CHRONO, 9, Double.NaN, 1.0, tMax));
        int h = 64;
        for (int l = 0; l < 2; l++) {
            double[] bIh = values(m, ParameterNames.biasIh(l));
            double[] bHh = values(m, ParameterNames.biasHh(l));
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < h; j++) {
                double f = bIh[h + j];
                double i = bIh[j];
                assertTrue(f >= Math.log(1) && f <= Math.log(tMax - 1), "forget bias " + f);
                assertEquals(-f, i, 0.0, "input bias = -forget bias");
                assertEquals(0.0, bIh[2 * h + j], 0.0, "g bias");
                assertEquals(0.0, bIh[3 * h + j], 0.0, "o bias");
                min = Math.min(min, f);
                max = Math.max(max, f);
            }
            assertTrue(Arrays.stream(bHh).allMatch(x -> x == 0), "bias_hh is zero");
            // spread over the range, not one value
            assertTrue(max - min > 0.5 * Math.log(tMax - 1), "spread " + min + ".." + max);
        }
    }

    @Test
    void chronoSetsTheGruUpdateBias() {
        int tMax = 100;
        Model m = Initializer.create(config(CellKind.GRU, 1), InitSpec.pytorchDefault(4).withScheme(InitScheme.CHRONO));
        double[] bIh = values(m, "bias_ih_l0");
        for (int j = 0; j < H; j++) {
            double z = block(bIh, CellKind.GRU, Gate.Z)[j];
            assertTrue(z >= 0 && z <= Math.log(tMax - 1), "update bias " + z);
            assertTrue(z > 0);
            assertEquals(0.0, block(bIh, CellKind.GRU, Gate.R)[j], 0.0);
            assertEquals(0.0, block(bIh, CellKind.GRU, Gate.N)[j], 0.0);
        }
    }

    @Test
    void parameterCountsPytorchVersusTextbook() {
        int in = 3;
        int h = 5;
        ModelConfig lstm = new ModelConfig(CellKind.LSTM, Nonlinearity.TANH, in, h, 1, 2);
        // LSTM: 4H(I + H + 2) with PyTorch's two bias vectors, 4H(I + H + 1) with one
        assertEquals(4L * h * (in + h + 2), lstm.recurrentParameterCount());
        assertEquals(200, lstm.recurrentParameterCount());
        assertEquals(4L * h * (in + h + 1), lstm.textbookRecurrentParameterCount());
        assertEquals(180, lstm.textbookRecurrentParameterCount());
        ModelConfig gru = lstm.withCell(CellKind.GRU);
        assertEquals(150, gru.recurrentParameterCount());
        assertEquals(lstm.recurrentParameterCount() * 3 / 4, gru.recurrentParameterCount());
        assertEquals(lstm.textbookRecurrentParameterCount() * 3 / 4, gru.textbookRecurrentParameterCount());
        ModelConfig rnn = lstm.withCell(CellKind.RNN);
        assertEquals(h * (in + h + 2), rnn.recurrentParameterCount());
        // two layers: the second takes H inputs
        ModelConfig lstm2 = lstm.withLayers(2);
        assertEquals(4L * h * (in + h + 2) + 4L * h * (h + h + 2), lstm2.recurrentParameterCount());
        assertEquals(lstm2.recurrentParameterCount() * 3 / 4, lstm2.withCell(CellKind.GRU).recurrentParameterCount());
        // head O(H + 1), and the total matches what a Model actually holds
        assertEquals(2L * (h + 1), lstm2.headParameterCount());
        for (CellKind cell : CellKind.values()) {
            for (int layers = 1; layers <= 3; layers++) {
                ModelConfig c = lstm.withCell(cell).withLayers(layers);
                long held = new Model(c).parameters().stream().mapToLong(Tensor::size).sum();
                assertEquals(c.parameterCount(), held, cell + " x " + layers);
            }
        }
    }
}
