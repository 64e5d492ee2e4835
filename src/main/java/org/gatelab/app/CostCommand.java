package org.gatelab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gatelab.engine.Int8Quantization;
import org.gatelab.engine.Model;
import org.gatelab.engine.ParameterSet;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.engine.Simd;
import org.gatelab.io.LabJson;
import org.gatelab.io.MachineInfo;
import org.gatelab.io.ModelFiles;
import org.gatelab.io.Safetensors;
import org.gatelab.io.SafetensorsFile;
import org.gatelab.io.Seq2SeqFiles;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.TrainingTask;
import org.gatelab.tasks.seq2seq.Seq2SeqData;
import org.gatelab.training.cost.ContextCost;
import org.gatelab.training.cost.ModelCost;
import org.gatelab.training.cost.QuantizationCheck;
import org.gatelab.training.cost.StepTiming;
import org.gatelab.vocabulary.QuantScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gatelab cost}: what a model costs on a device, as one JSON line: its size at float32 and int8, the work of
 * a step, the state a stream keeps set against a transformer's, the measured time per step on this machine, and
 * with a task, its validation figures before and after int8 quantization.
 */
@Command(name = "cost", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints what a model costs as one JSON line: parameters and bytes at float32 and int8, "
                + "multiply-adds per step, the state a stream must keep, memory and work for one more token at "
                + "several context lengths beside a transformer of the same width and depth, the measured time per "
                + "step on this machine, and the int8-quantized weights' error.",
                "With --task (and the task's options, as for train; --seed picks the validation set), the task's "
                        + "validation figures before and after int8 quantization."})
final class CostCommand implements Callable<Integer> {

    @Option(names = "--weights", required = true, paramLabel = "FILE",
            description = "a model (.safetensors): a recurrent stack with a head, or an encoder-decoder")
    Path weights;

    @Option(names = "--contexts", paramLabel = "N,N,..", split = ",",
            description = "context lengths for the memory table (default: 10,100,1000,10000)")
    List<Long> contexts;

    @Option(names = "--steps", paramLabel = "T", defaultValue = "100",
            description = "steps of each timed run (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--no-timing", description = "leave out the measured time per step")
    boolean noTiming;

    @Option(names = "--quantize", paramLabel = "SCHEME", split = ",",
            description = "per-tensor, per-row or both (default: per-tensor,per-row)")
    List<String> schemes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "with --task: the seed of the task's data (default: ${DEFAULT-VALUE}, train's default)")
    long seed;

    @Mixin
    TaskOptions taskOptions;

    @Mixin
    Seq2SeqOptions seq2seqOptions;

    @Override
    public Integer call() throws IOException {
        if (steps < 1 || steps > 100_000) {
            throw new IllegalArgumentException("--steps must be between 1 and 100000, got " + steps);
        }
        List<Long> lengths = contexts == null ? ModelCost.CONTEXTS : contexts;
        for (long n : lengths) {
            if (n < 1) {
                throw new IllegalArgumentException("--contexts must be positive, got " + n);
            }
        }
        List<QuantScheme> quant = new ArrayList<>();
        for (String s : schemes == null ? List.of("per-tensor", "per-row") : schemes) {
            quant.add(QuantScheme.parse(s));
        }
        SafetensorsFile file = Safetensors.read(weights);
        String source = weights.getFileName().toString();
        Map<String, Object> out = new LinkedHashMap<>();
        if (Seq2SeqFiles.isSeq2Seq(file)) {
            Seq2SeqModel model = Seq2SeqFiles.fromTensors(file, source);
            put(out, ModelCost.of(model, lengths));
            if (!noTiming) {
                out.put("timing", timing(StepTiming.of(model, steps), "an encoder-decoder: " + steps
                        + " source symbols encoded and " + steps + " decoded greedily, per step"));
            }
            List<Object> checks = new ArrayList<>();
            Seq2SeqData data = taskOptions.task == null ? null : seq2seqOptions.createTask(taskOptions).generate(seed);
            for (QuantScheme q : quant) {
                checks.add(data == null ? weightsOnly(model.copy(), q)
                        : check(QuantizationCheck.of(model, data, q), taskOptions.task));
            }
            out.put("quantization", checks);
        } else {
            Model model = ModelFiles.fromTensors(file, source, null, null);
            put(out, ModelCost.of(model, lengths));
            if (!noTiming) {
                out.put("timing", timing(StepTiming.of(model, steps), "one sequence of " + steps
                        + " steps forward, batch 1, per step"));
            }
            TaskData data = null;
            if (taskOptions.task != null) {
                TrainingTask task = taskOptions.create();
                data = task.generate(seed);
            }
            List<Object> checks = new ArrayList<>();
            for (QuantScheme q : quant) {
                checks.add(data == null ? weightsOnly(model.copy(), q) : check(QuantizationCheck.of(model, data, q),
                        taskOptions.task));
            }
            out.put("quantization", checks);
        }
        System.out.println(LabJson.line(out));
        return 0;
    }

    private static void put(Map<String, Object> out, ModelCost c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind());
        m.put("description", c.description());
        m.put("parameters", c.parameters());
        m.put("bytes_float32", c.bytesFloat32());
        m.put("bytes_int8_per_tensor", c.bytesInt8PerTensor());
        m.put("bytes_int8_per_row", c.bytesInt8PerRow());
        m.put("macs_per_step", c.macsPerStep());
        m.put("squashings_per_step", c.squashingsPerStep());
        m.put("products_per_step", c.productsPerStep());
        m.put("state_floats", c.stateFloats());
        m.put("streamable", c.streamable());
        out.put("model", m);
        List<Object> rows = new ArrayList<>();
        for (ContextCost r : c.contexts()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("context", r.context());
            row.put("model_floats", r.modelFloats());
            row.put("model_macs", r.modelMacs());
            row.put("transformer_floats", r.transformerFloats());
            row.put("transformer_macs", r.transformerMacs());
            rows.add(row);
        }
        out.put("contexts", rows);
    }

    private static Map<String, Object> timing(StepTiming t, String what) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", what);
        m.put("steps", t.steps());
        m.put("runs", t.runs());
        LabJson.putNumber(m, "micros_per_step", t.microsPerStep());
        LabJson.putNumber(m, "fastest_micros_per_step", t.fastestMicrosPerStep());
        m.put("engine", Simd.enabled() ? "simd" : "scalar");
        m.put("machine", MachineInfo.describe());
        return m;
    }

    /** Quantizes {@code copy} (a copy of the model) and reports what it did to the weights. */
    private static Map<String, Object> weightsOnly(ParameterSet copy, QuantScheme q) {
        return report(Int8Quantization.quantize(copy, q));
    }

    private static Map<String, Object> report(Int8Quantization.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scheme", r.scheme().id());
        m.put("bytes", r.bytes());
        m.put("scales", r.scales());
        LabJson.putNumber(m, "max_abs_error", r.maxAbsError());
        LabJson.putNumber(m, "rms_error", r.rmsError());
        LabJson.putNumber(m, "relative_rms_error", r.relativeRmsError());
        return m;
    }

    private static Map<String, Object> check(QuantizationCheck c, String task) {
        Map<String, Object> m = report(c.report());
        m.put("task", task);
        m.put("before", figures(c.before()));
        m.put("after", figures(c.after()));
        return m;
    }

    private static Map<String, Object> figures(QuantizationCheck.Figures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        LabJson.putNumber(m, "val_loss", f.loss());
        LabJson.putNumber(m, "val_accuracy", f.accuracy());
        LabJson.putNumber(m, "val_sequence_accuracy", f.sequenceAccuracy());
        return m;
    }
}
