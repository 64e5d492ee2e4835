package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {
    @TempDir
    Path dir;

    private static Model model(CellKind cell, Nonlinearity nl, int layers, long seed) {
        return Initializer.create(new ModelConfig(cell, nl, 3, 4, layers, 2), InitSpec.pytorchDefault(seed));
    }

    private static void assertBitIdentical(Model expected, Model actual) {
        assertEquals(expected.parameterNames(), actual.parameterNames());
        for (String name : expected.parameterNames()) {
            Tensor e = expected.parameter(name);
            Tensor a = actual.parameter(name);
            assertEquals(java.util.Arrays.toString(e.shape()), java.util.Arrays.toString(a.shape()), name);
            double[] ev = e.values();
            double[] av = a.values();
            for (int i = 0; i < ev.length; i++) {
                assertEquals(Double.doubleToRawLongBits(ev[i]), Double.doubleToRawLongBits(av[i]),
                        name + "[" + i + "]");
            }
        }
    }

    @Test
    void roundTripForEveryCellAndDepth() throws IOException {
        long seed = 100;
        for (CellKind cell : CellKind.values()) {
            for (int layers = 1; layers <= 3; layers++) {
                Model original = model(cell, Nonlinearity.TANH, layers, seed++);
                Path file = dir.resolve(cell.id() + "_l" + layers + ".safetensors");
                ModelFiles.save(file, original);
                Model loaded = ModelFiles.load(file, null, null);
                assertEquals(original.config(), loaded.config(), cell + " x " + layers);
                assertBitIdentical(original, loaded);
            }
        }
    }

    @Test
    void roundTripKeepsTheReluNonlinearity() throws IOException {
        Model original = model(CellKind.RNN, Nonlinearity.RELU, 2, 5);
        Path file = dir.resolve("relu.safetensors");
        ModelFiles.save(file, original);
        Model loaded = ModelFiles.load(file, null, null);
        assertEquals(Nonlinearity.RELU, loaded.config().nonlinearity());
        assertEquals(original.config(), loaded.config());
        assertBitIdentical(original, loaded);
    }

    @Test
    void withoutMetadataTheCellComesFromTheShapes() throws IOException {
        for (CellKind cell : CellKind.values()) {
            Model original = model(cell, Nonlinearity.TANH, 2, 8);
            Path file = write(cell.id() + "_nometa.safetensors", original, Map.of(), UnaryOperator.identity());
            Model loaded = ModelFiles.load(file, null, null);
            assertEquals(original.config(), loaded.config());
            assertBitIdentical(original, loaded);
        }
    }

    @Test
    void loadsThePytorchFixture() throws IOException, URISyntaxException {
        URL url = ModelFilesTest.class.getResource("/fixtures/pytorch/lstm_l2_ce_all.safetensors");
        Path file = url != null ? Path.of(url.toURI())
                : Path.of("src/test/resources/fixtures/pytorch/lstm_l2_ce_all.safetensors");
        Model m = ModelFiles.load(file, null, null);
        ModelConfig c = m.config();
        assertEquals(CellKind.LSTM, c.cell());
        assertEquals(2, c.layers());
        assertEquals(3, c.inputSize());
        assertEquals(4, c.hiddenSize());
        assertEquals(2, c.outputSize());
        assertTrue(m.isFinite());
        // the README promises no parameter entry is 0, which a wrongly placed tensor would likely break
        for (Tensor t : m.parameters()) {
            for (double v : t.values()) {
                assertTrue(v != 0, t.name());
            }
        }
    }

    @Test
    void aBidirectionalModelRoundTripsAndIsRecognisedByItsReverseTensors() throws IOException {
        for (CellKind cell : CellKind.values()) {
            Model original = Initializer.create(new ModelConfig(cell, Nonlinearity.TANH, 3, 4, 2, 2, true),
                    InitSpec.pytorchDefault(40 + cell.ordinal()));
            Path saved = dir.resolve(cell.id() + "_bi.safetensors");
            ModelFiles.save(saved, original);
            assertEquals(original.config(), ModelFiles.load(saved, null, null).config());
            // without GateLab's metadata, as PyTorch's state_dict would be
            Path bare = write(cell.id() + "_bi_nometa.safetensors", original, Map.of(), UnaryOperator.identity());
            Model loaded = ModelFiles.load(bare, null, null);
            assertTrue(loaded.config().bidirectional());
            assertBitIdentical(original, loaded);
        }
    }

    @Test
    void loadsTheBidirectionalPytorchFixture() throws IOException, URISyntaxException {
        URL url = ModelFilesTest.class.getResource("/fixtures/pytorch/lstm_bi_l2_mse_all.safetensors");
        Path file = url != null ? Path.of(url.toURI())
                : Path.of("src/test/resources/fixtures/pytorch/lstm_bi_l2_mse_all.safetensors");
        ModelConfig c = ModelFiles.load(file, null, null).config();
        assertEquals(new ModelConfig(CellKind.LSTM, Nonlinearity.TANH, 3, 4, 2, 2, true), c);
    }

    @Test
    void refusesABidirectionalModelMissingOneReverseTensor() throws IOException {
        Model original = Initializer.create(new ModelConfig(CellKind.GRU, Nonlinearity.TANH, 3, 4, 2, 2, true),
                InitSpec.pytorchDefault(3));
        Path file = write("gru_bi_missing.safetensors", original, Map.of(),
                t -> replace(t, "bias_hh_l1_reverse", null));
        assertMentions(refused(file, null), "missing tensor \"bias_hh_l1_reverse\"");
    }

    // ---- refusals ------------------------------------------------------------------------------------------

    /** Writes {@code model}'s tensors after passing them through {@code edit}, with the given metadata. */
    private Path write(String name, Model model, Map<String, String> meta, UnaryOperator<List<TensorData>> edit)
            throws IOException {
        List<TensorData> tensors = new ArrayList<>();
        for (Tensor t : model.parameters()) {
            tensors.add(new TensorData(t.name(), t.shape(), t.values()));
        }
        Path file = dir.resolve(name);
        Safetensors.write(file, new SafetensorsFile(edit.apply(tensors), meta), Dtype.F64);
        return file;
    }

    private static List<TensorData> replace(List<TensorData> tensors, String name, TensorData with) {
        List<TensorData> out = new ArrayList<>();
        for (TensorData t : tensors) {
            if (!t.name().equals(name)) {
                out.add(t);
            } else if (with != null) {
                out.add(with);
            }
        }
        return out;
    }

    private InputFileException refused(Path file, CellKind cell) {
        InputFileException e = assertThrows(InputFileException.class, () -> ModelFiles.load(file, cell, null));
        assertTrue(e.getMessage().startsWith(file.getFileName().toString() + ": "),
                "the message names the file: " + e.getMessage());
        return e;
    }

    private static void assertMentions(Exception e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "\"" + p + "\" not in: " + e.getMessage());
        }
    }

    @Test
    void refusesAMissingHead() throws IOException {
        Path file = write("nohead.safetensors", model(CellKind.LSTM, null, 1, 1), Map.of(),
                t -> replace(t, "head.weight", null));
        assertMentions(refused(file, null), "missing", "head.weight");
    }

    @Test
    void refusesAMissingRecurrentTensor() throws IOException {
        Path file = write("nobias.safetensors", model(CellKind.GRU, null, 2, 1), Map.of(),
                t -> replace(t, "bias_hh_l1", null));
        assertMentions(refused(file, null), "missing", "bias_hh_l1");
    }

    @Test
    void refusesAWronglyShapedSecondLayer() throws IOException {
        // a 2-layer LSTM with H = 4 needs weight_hh_l1 of [16, 4]; give it [16, 5]
        Path file = write("badshape.safetensors", model(CellKind.LSTM, null, 2, 1), Map.of(),
                t -> replace(t, "weight_hh_l1", new TensorData("weight_hh_l1", new int[] {16, 5}, new double[80])));
        assertMentions(refused(file, null), "weight_hh_l1", "[16, 5]", "[16, 4]");
    }

    @Test
    void refusesACellThatContradictsTheShapes() throws IOException {
        Path file = dir.resolve("lstm.safetensors");
        ModelFiles.save(file, model(CellKind.LSTM, null, 1, 1));
        // weight_hh_l0 is [16, 4]: an LSTM with H = 4; a GRU would need 12 rows, an RNN 4
        InputFileException e = refused(file, CellKind.GRU);
        assertMentions(e, "weight_hh_l0", "[16, 4]", "gru", "12 rows");
        assertMentions(refused(file, CellKind.RNN), "rnn", "4 rows");
        // the right cell given explicitly is fine
        assertEquals(CellKind.LSTM, ModelFiles.load(file, CellKind.LSTM, null).config().cell());
    }

    @Test
    void refusesMetadataThatContradictsTheShapes() throws IOException {
        Path file = write("lying.safetensors", model(CellKind.GRU, null, 1, 1), Map.of("cell", "lstm"),
                UnaryOperator.identity());
        assertMentions(refused(file, null), "lstm", "16 rows");
    }

    @Test
    void refusesShapesThatFitNoCell() throws IOException {
        // weight_hh_l0 [8, 4]: twice the hidden size is no cell
        Path file = write("twoblocks.safetensors", model(CellKind.RNN, null, 1, 1), Map.of(),
                t -> replace(t, "weight_hh_l0", new TensorData("weight_hh_l0", new int[] {8, 4}, new double[32])));
        assertMentions(refused(file, null), "weight_hh_l0", "fits no cell");
    }

    @Test
    void refusesAnUnexpectedExtraTensor() throws IOException {
        Path file = write("extra.safetensors", model(CellKind.RNN, null, 1, 1), Map.of(), t -> {
            List<TensorData> out = new ArrayList<>(t);
            out.add(new TensorData("decoder.weight", new int[] {2, 2}, new double[4]));
            return out;
        });
        assertMentions(refused(file, null), "unexpected", "decoder.weight");
    }

    @Test
    void refusesNanWeights() throws IOException {
        Model m = model(CellKind.GRU, null, 1, 1);
        double[] w = m.parameter("weight_ih_l0").values();
        w[5] = Double.NaN;
        m.setParameter("weight_ih_l0", new int[] {12, 3}, w);
        Path file = write("nan.safetensors", m, Map.of(), UnaryOperator.identity());
        assertMentions(refused(file, null), "NaN");
        Model inf = model(CellKind.LSTM, null, 1, 1);
        double[] b = inf.parameter("head.bias").values();
        b[0] = Double.POSITIVE_INFINITY;
        inf.setParameter("head.bias", new int[] {2}, b);
        assertMentions(refused(write("inf.safetensors", inf, Map.of(), UnaryOperator.identity()), null), "infinite");
    }

    @Test
    void refusesFourLayers() throws IOException {
        Model three = model(CellKind.LSTM, null, 3, 1);
        Path file = write("four.safetensors", three, Map.of("cell", "lstm"), t -> {
            List<TensorData> out = new ArrayList<>();
            Map<String, TensorData> byName = new LinkedHashMap<>();
            t.forEach(x -> byName.put(x.name(), x));
            for (TensorData x : t) {
                if (x.name().startsWith("head.")) {
                    continue;
                }
                out.add(x);
            }
            // layer 3 is a copy of layer 2 (same shapes: H inputs)
            for (String n : List.of("weight_ih_l", "weight_hh_l", "bias_ih_l", "bias_hh_l")) {
                TensorData src = byName.get(n + 2);
                out.add(new TensorData(n + 3, src.shape(), src.values()));
            }
            out.add(byName.get("head.weight"));
            out.add(byName.get("head.bias"));
            return out;
        });
        assertMentions(refused(file, null), "4 layers", "1 to 3");
    }

    @Test
    void refusesAFileThatIsNotSafetensors() throws IOException {
        Path file = dir.resolve("garbage.safetensors");
        Files.write(file, new byte[] {1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> ModelFiles.load(file, null, null));
        assertMentions(e, "garbage.safetensors");
    }
}
