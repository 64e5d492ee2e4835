package org.gatelab.lesson;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Ranges;

/** Reads a {@code check} block: a multiple-choice question, a numeric prediction or a task. */
final class CheckParser {
    private static final Set<String> CHOICE_KEYS = Set.of("kind", "question", "options", "answer", "feedback",
            "explain");
    private static final Set<String> PROBE_KEYS = Set.of("quantity", "gate", "t", "unit", "layer");
    private final Values values;

    CheckParser(Values values) {
        this.values = values;
    }

    /** The check, or null when it has problems (already reported). */
    Check parse(Map<String, BlockEntry> entries, int line) {
        BlockEntry kindEntry = entries.get("kind");
        if (kindEntry == null) {
            values.problem(line, "a check needs \"kind: choice\", \"kind: predict\" or \"kind: task\"");
            return null;
        }
        String kind = values.text(kindEntry);
        if (kind == null) {
            return null;
        }
        String question = required(entries, "question", line);
        String explain = required(entries, "explain", line);
        return switch (kind.trim()) {
            case "choice" -> choice(entries, question, explain, line);
            case "predict" -> predict(entries, question, explain, line);
            case "task" -> task(entries, question, explain, line);
            default -> {
                values.problem(kindEntry, "\"kind\" must be choice, predict or task, got \""
                        + BlockParser.shorten(kind) + "\"");
                yield null;
            }
        };
    }

    private Check choice(Map<String, BlockEntry> entries, String question, String explain, int line) {
        unknownKeys(entries, CHOICE_KEYS);
        BlockEntry opts = entries.get("options");
        BlockEntry ans = entries.get("answer");
        if (opts == null || !opts.list() || opts.items().size() < 2) {
            values.problem(opts == null ? line : opts.line(), "a choice check needs \"options\" with at least two "
                    + "answers (a list: one \"- answer\" per line)");
            return null;
        }
        if (opts.items().size() > 8) {
            values.problem(opts, "at most 8 options");
            return null;
        }
        if (ans == null) {
            values.problem(line, "a choice check needs \"answer\": the number of the right option (1 to "
                    + opts.items().size() + ")");
            return null;
        }
        Integer answer = values.integer(ans, 1, opts.items().size());
        for (String o : opts.items()) {
            if (o.isBlank()) {
                values.problem(opts, "an option is empty");
                return null;
            }
        }
        List<String> feedback = feedback(entries.get("feedback"), opts.items().size());
        if (answer == null || feedback == null || question == null || explain == null) {
            return null;
        }
        return new Check.Choice(question, opts.items(), answer - 1, feedback, explain, line);
    }

    /** The {@code feedback} list: absent (empty), or one non-empty item per option; null when it has problems. */
    private List<String> feedback(BlockEntry entry, int options) {
        if (entry == null) {
            return List.of();
        }
        if (!entry.list()) {
            values.problem(entry, "\"feedback\" must be a list with one explanation per option, in the options' "
                    + "order (one \"- text\" line each)");
            return null;
        }
        if (entry.items().size() != options) {
            values.problem(entry, "\"feedback\" has " + entry.items().size() + (entry.items().size() == 1 ? " item"
                    : " items") + " but there are " + options + " options: give one explanation per option, in the "
                    + "options' order");
            return null;
        }
        for (int k = 0; k < options; k++) {
            if (entry.items().get(k).isBlank()) {
                values.problem(entry, "\"feedback\": item " + (k + 1) + " is empty");
                return null;
            }
        }
        return entry.items();
    }

    private Check predict(Map<String, BlockEntry> entries, String question, String explain, int line) {
        Set<String> known = new HashSet<>(PROBE_KEYS);
        known.addAll(Set.of("kind", "question", "explain", "tolerance", "sealed"));
        unknownKeys(entries, known);
        Probe probe = probe(entries, line);
        BlockEntry sealedEntry = entries.get("sealed");
        Boolean sealed = sealedEntry == null ? Boolean.TRUE : values.bool(sealedEntry);
        BlockEntry tol = entries.get("tolerance");
        Double tolerance = null;
        if (tol == null) {
            values.problem(line, "a predict check needs \"tolerance\": how far off an answer may be");
        } else {
            tolerance = values.number(tol, 0, 1e12);
        }
        if (probe == null || tolerance == null || sealed == null || question == null || explain == null) {
            return null;
        }
        return new Check.Predict(question, probe, tolerance, sealed, explain, line);
    }

    private Check task(Map<String, BlockEntry> entries, String question, String explain, int line) {
        Set<String> known = new HashSet<>(PROBE_KEYS);
        known.addAll(Set.of("kind", "question", "explain", "above", "below", "change"));
        unknownKeys(entries, known);
        Probe probe = probe(entries, line);
        BlockEntry a = entries.get("above");
        BlockEntry b = entries.get("below");
        if (a == null && b == null) {
            values.problem(line, "a task check needs \"above\" or \"below\": the goal for the quantity");
            return null;
        }
        Double above = a == null ? Double.valueOf(Double.NaN) : values.number(a, -1e300, 1e300);
        Double below = b == null ? Double.valueOf(Double.NaN) : values.number(b, -1e300, 1e300);
        BlockEntry ch = entries.get("change");
        Set<String> changes = new HashSet<>();
        if (ch == null) {
            values.problem(line, "a task check needs \"change\": the scene keys the learner may change, e.g. "
                    + "[gate_bias]");
            return null;
        }
        for (String k : values.list(ch)) {
            if (!SceneParser.KEYS.contains(k)) {
                String hint = Values.suggest(k, SceneParser.KEYS);
                values.problem(ch, "\"change\": unknown scene key \"" + BlockParser.shorten(k) + "\""
                        + (hint == null ? "" : " (did you mean " + hint + "?)"));
                return null;
            }
            changes.add(k);
        }
        if (probe == null || above == null || below == null || question == null || explain == null) {
            return null;
        }
        return new Check.Task(question, probe, above, below, changes, explain, line);
    }

    private Probe probe(Map<String, BlockEntry> entries, int line) {
        BlockEntry q = entries.get("quantity");
        if (q == null) {
            values.problem(line, "the check needs \"quantity\": one of " + ProbeQuantity.names());
            return null;
        }
        String t = values.text(q);
        if (t == null) {
            return null;
        }
        ProbeQuantity quantity = ProbeQuantity.byId(t);
        if (quantity == null) {
            values.problem(q, "unknown quantity \"" + BlockParser.shorten(t) + "\" (known: " + ProbeQuantity.names() + ")");
            return null;
        }
        Gate gate = null;
        BlockEntry g = entries.get("gate");
        if (quantity.needsGate()) {
            if (g == null) {
                values.problem(q, "quantity gate needs \"gate\" (e.g. f)");
                return null;
            }
            String name = values.text(g);
            gate = name == null ? null : SceneParser.gateByName(name);
            if (gate == null) {
                if (name != null) {
                    values.problem(g, "unknown gate \"" + BlockParser.shorten(name) + "\"");
                }
                return null;
            }
        } else if (g != null) {
            values.problem(g, "\"gate\" is only for quantity gate");
        }
        int step = 0;
        BlockEntry te = entries.get("t");
        if (quantity.needsStep()) {
            if (te == null) {
                values.problem(q, "quantity " + quantity.id() + " needs \"t\": the timestep (0-based; -1 for the last)");
                return null;
            }
            Integer v = values.integer(te, -1000, 999);
            if (v == null) {
                return null;
            }
            step = v;
        } else if (te != null) {
            values.problem(te, "\"t\" is not used by quantity " + quantity.id());
        }
        int unit = 0;
        BlockEntry u = entries.get("unit");
        if (u != null) {
            Integer v = values.integer(u, Ranges.UNIT);
            if (v == null) {
                return null;
            }
            unit = v;
        }
        int layer = 0;
        BlockEntry l = entries.get("layer");
        if (l != null) {
            Integer v = values.integer(l, Ranges.LAYER);
            if (v == null) {
                return null;
            }
            layer = v;
        }
        return new Probe(quantity, gate, step, unit, layer);
    }

    private String required(Map<String, BlockEntry> entries, String key, int line) {
        BlockEntry e = entries.get(key);
        if (e == null) {
            values.problem(line, "the check needs \"" + key + "\"");
            return null;
        }
        return values.text(e);
    }

    private void unknownKeys(Map<String, BlockEntry> entries, Set<String> known) {
        for (BlockEntry e : entries.values()) {
            if (!known.contains(e.key())) {
                String hint = Values.suggest(e.key(), known);
                values.problem(e, "unknown check key \"" + e.key() + "\"" + (hint == null
                        ? " (this kind of check uses: " + String.join(", ", List.copyOf(new java.util.TreeSet<>(known)))
                        + ")" : " (did you mean " + hint + "?)"));
            }
        }
    }
}
