package org.gatelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatelab.training.ComparisonRow;

/** The JSON that {@code train} and {@code compare} print: flat objects, snake_case keys, no NaN (left out). */
public final class LabJson {
    private static final ObjectMapper JSON = Json.writer();

    private LabJson() {
    }

    /** Puts a number unless it is NaN or infinite (JSON has no such numbers). */
    public static void putNumber(Map<String, Object> map, String key, double value) {
        if (Double.isFinite(value)) {
            map.put(key, value);
        }
    }

    public static Map<String, Object> row(ComparisonRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", r.task());
        m.put("length", r.length());
        m.put("cell", r.cell().id());
        m.put("hidden", r.hidden());
        m.put("parameters", r.parameters());
        putNumber(m, "train_loss", r.trainLoss());
        putNumber(m, "val_loss", r.valLoss());
        putNumber(m, "baseline_val_loss", r.baselineValLoss());
        putNumber(m, "accuracy", r.accuracy());
        putNumber(m, "seconds_per_epoch", r.secondsPerEpoch());
        m.put("epochs", r.epochs());
        m.put("diverged", r.diverged());
        m.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }

    public static List<Map<String, Object>> rows(List<ComparisonRow> rows) {
        return rows.stream().map(LabJson::row).toList();
    }

    /** One line of compact JSON. */
    public static String line(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Indented JSON with a final newline, for files. */
    public static String pretty(Object value) {
        try {
            return JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
