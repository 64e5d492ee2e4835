package org.gatelab.viewmodel.lesson;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.trace.Trace;
import org.gatelab.io.LessonProgress;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Probe;
import org.gatelab.lesson.Step;
import org.gatelab.render.Sealed;

/** What a step seals: the numbers its sealed predictions ask for, until each is answered or skipped. */
final class Seals {
    private Seals() {
    }

    /**
     * The sealed numbers of step {@code index}, their steps resolved against {@code trace} (a step counted from the
     * end names a step of the live run; one outside it seals nothing).
     */
    static Sealed of(Step step, int index, LessonProgress progress, Trace trace) {
        List<Sealed.Reading> out = new ArrayList<>();
        for (int c = 0; c < step.checks().size(); c++) {
            if (!(step.checks().get(c) instanceof Check.Predict p) || !p.sealed()) {
                continue;
            }
            LessonProgress.CheckRecord r = progress.check(index, c);
            if (r != null && r.closed()) {
                continue;
            }
            Sealed.Reading reading = reading(p.probe(), trace);
            if (reading != null) {
                out.add(reading);
            }
        }
        return out.isEmpty() ? Sealed.NONE : new Sealed(out);
    }

    private static Sealed.Reading reading(Probe probe, Trace trace) {
        int t = probe.step();
        if (probe.quantity().needsStep()) {
            if (t < 0) {
                if (trace == null) {
                    return null;
                }
                t += trace.length();
            }
            if (t < 0) {
                return null;
            }
        }
        Sealed.Kind kind = switch (probe.quantity()) {
            case GATE -> Sealed.Kind.GATE;
            case HIDDEN -> Sealed.Kind.HIDDEN;
            case CELL -> Sealed.Kind.CELL;
            case GRAD_H -> Sealed.Kind.GRAD_H;
            case GRAD_C -> Sealed.Kind.GRAD_C;
            case JACOBIAN -> Sealed.Kind.JACOBIAN;
            case LOSS -> Sealed.Kind.LOSS;
            case OUTPUT -> Sealed.Kind.OUTPUT;
            case PARAMS, PARAMS_TEXTBOOK -> Sealed.Kind.PARAMS;
        };
        return new Sealed.Reading(kind, probe.gate(), probe.layer(), probe.quantity().needsStep() ? t : 0,
                probe.unit());
    }
}
