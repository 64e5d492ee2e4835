package org.gatelab.render.equations;

import java.util.List;
import java.util.Map;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.LayerTraceBuilder;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Nonlinearity;

/** Test helper: a one-step, one-unit LSTM trace with hand-chosen numbers (the brief's worked example). */
final class HandTraces {
    private HandTraces() {
    }

    /**
     * i = σ(−0.356) = 0.412, f = σ(0.214 + 0.096) = 0.577, g = tanh(0.934) = 0.733, o = σ(0.405) = 0.600,
     * c₋₁ = −0.120, c = 0.577·(−0.120) + 0.412·0.733 = 0.233, tanh(c) = 0.229, h = 0.137; no gradients.
     */
    static Trace lstm() {
        LayerTrace layer = new LayerTraceBuilder(0, Direction.FORWARD, CellKind.LSTM, Nonlinearity.TANH, 1, 1, 1, 1)
                .input(new double[] {0.841})
                //                                i        f       g       o
                .preActivations(new double[] {-0.2, 0.2141, 0.5, 0.3},
                        new double[] {-0.1557, 0.0962, 0.4343, 0.1055},
                        new double[] {-0.3557, 0.3103, 0.9343, 0.4055})
                .activations(new double[] {0.41200, 0.57696, 0.73300, 0.60000})
                .cellStates(new double[] {0.23276}, new double[] {0.22866})
                .hidden(new double[] {0.13720})
                .initialState(new double[] {0.05}, new double[] {-0.12})
                .stepJacobianNorms(new double[] {0.5})
                .build();
        return new Trace(CellKind.LSTM, Nonlinearity.TANH, 1, 1, 1, 1, 1, List.of(layer), new double[] {0.3}, null,
                Double.NaN, Map.of());
    }
}
