package org.gatelab.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatelab.engine.Initializer;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.tasks.SampleSequence;
import org.gatelab.tasks.SampleSequences;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.SequenceKind;
import org.junit.jupiter.api.Test;

/** The reverse direction's cell diagram names the state it reads as the one of t+1, and shows that state. */
class ReversePortLabelTest {
    @Test
    void theReverseDirectionReadsTheStateOfTheNextStep() {
        Model m = Initializer.create(new ModelConfig(CellKind.LSTM, Nonlinearity.TANH, 1, 4, 1, 1, true),
                new InitSpec(InitScheme.PYTORCH_DEFAULT, 5, Double.NaN, 1.0, 10));
        SampleSequence x = SampleSequences.generate(SequenceKind.SINE, 10, 2);
        Trace trace = new SequenceRunner().trace(m, x.input(), x.targets(), null);
        LayerTrace reverse = trace.layer(0, Direction.REVERSE);
        DiagramValues r = DiagramValues.of(reverse, 4, 2);
        assertEquals("h\u209C\u208A\u2081", NodePainter.portLabel(Quantity.H_PREV, r));
        assertEquals("c\u209C\u208A\u2081", NodePainter.portLabel(Quantity.C_PREV, r));
        assertEquals("x\u209C", NodePainter.portLabel(Quantity.X, r));
        assertEquals(reverse.hidden(5, 0, 2), r.state(Quantity.H_PREV), 0.0);
        DiagramValues f = DiagramValues.of(trace.layer(0, Direction.FORWARD), 4, 2);
        assertEquals("h\u209C\u208B\u2081", NodePainter.portLabel(Quantity.H_PREV, f));
        assertEquals(trace.layer(0, Direction.FORWARD).hidden(3, 0, 2), f.state(Quantity.H_PREV), 0.0);
    }
}
