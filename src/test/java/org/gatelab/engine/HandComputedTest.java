package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.LossKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;

/**
 * One-unit cells with chosen weights, worked out on paper: the expected values below are written as the
 * formulas of the derivation (evaluated in plain Java, independent of the engine) and, in the comments, as
 * numbers. Everything to 1e-12.
 */
class HandComputedTest {
    private static final double TOL = 1e-12;

    /** A one-unit, one-input, one-output model whose parameters are all given by hand. */
    private static Model model(CellKind cell, double[] wIh, double[] wHh, double[] bIh, double[] bHh,
                               double headW, double headB) {
        Model m = new Model(new ModelConfig(cell, Nonlinearity.TANH, 1, 1, 1, 1));
        int g = cell.blockCount();
        m.setParameter(ParameterNames.weightIh(0), new int[] {g, 1}, wIh);
        m.setParameter(ParameterNames.weightHh(0), new int[] {g, 1}, wHh);
        m.setParameter(ParameterNames.biasIh(0), new int[] {g}, bIh);
        m.setParameter(ParameterNames.biasHh(0), new int[] {g}, bHh);
        m.setParameter(ParameterNames.HEAD_WEIGHT, new int[] {1, 1}, new double[] {headW});
        m.setParameter(ParameterNames.HEAD_BIAS, new int[] {1}, new double[] {headB});
        return m;
    }

    private static double grad(Trace trace, String name, int index) {
        Map<String, Tensor> grads = trace.parameterGradients();
        return grads.get(name).get(index);
    }

    @Test
    void rnnTwoStepsForwardAndBackward() {
        // w_ih = 0.5, w_hh = -0.3, b_ih = 0.1, b_hh = 0.2; head y = 2 h + 0.5; x = (1, -2); mse-last target 0.25
        double wIh = 0.5;
        double wHh = -0.3;
        double bIh = 0.1;
        double bHh = 0.2;
        double headW = 2.0;
        double headB = 0.5;
        double x1 = 1.0;
        double x2 = -2.0;
        double target = 0.25;
        Model m = model(CellKind.RNN, new double[] {wIh}, new double[] {wHh}, new double[] {bIh}, new double[] {bHh},
                headW, headB);
        Trace trace = new SequenceRunner().trace(m, SequenceBatch.ofScalars(x1, x2),
                Targets.regression(LossKind.MSE_LAST, target), null);
        LayerTrace l = trace.layer(0);

        // a1 = w_ih x1 + b_ih + b_hh = 0.5 + 0.3 = 0.8 (h0 = 0);  h1 = tanh(0.8) = 0.6640367702678491
        double a1 = wIh * x1 + bIh + bHh;
        double h1 = Math.tanh(a1);
        assertEquals(0.8, l.preActivation(0, 0, Gate.A, 0), TOL);
        assertEquals(0.6640367702678491, l.hidden(0, 0, 0), TOL);
        assertEquals(h1, l.hidden(0, 0, 0), TOL);
        // a2 = w_ih x2 + b_ih + w_hh h1 + b_hh = -1 + 0.3 - 0.3 h1 = -0.8992110310803547
        // h2 = tanh(a2) = -0.7159134903872377
        double a2 = wIh * x2 + bIh + wHh * h1 + bHh;
        double h2 = Math.tanh(a2);
        assertEquals(-0.8992110310803547, l.preActivation(1, 0, Gate.A, 0), TOL);
        assertEquals(-0.7159134903872377, l.hidden(1, 0, 0), TOL);
        assertEquals(a2, l.preActivation(1, 0, Gate.A, 0), TOL);
        assertEquals(h2, l.hidden(1, 0, 0), TOL);
        // y2 = 2 h2 + 0.5 = -0.9318269807744755;  L = (y2 - 0.25)² = 1.3967150124865124
        double y2 = headW * h2 + headB;
        double loss = (y2 - target) * (y2 - target);
        assertEquals(-0.9318269807744755, trace.output(1, 0, 0), TOL);
        assertEquals(headW * h1 + headB, trace.output(0, 0, 0), TOL);
        assertEquals(1.3967150124865124, trace.loss(), TOL);
        assertEquals(loss, trace.loss(), TOL);

        // Backward, on paper:
        //   dL/dy2 = 2 (y2 - 0.25) = -2.363653961548951
        //   dL/dh2 = dL/dy2 * w_head = -4.727307923097902
        //   dL/da2 = dL/dh2 (1 - h2²) = -2.304410744346922
        //   dL/dh1 = dL/da2 * w_hh = 0.6913232233040766   (mse-last: the readout at t = 1 adds nothing)
        //   dL/da1 = dL/dh1 (1 - h1²) = 0.3864878205614559
        double dy2 = 2 * (y2 - target);
        double dh2 = dy2 * headW;
        double da2 = dh2 * (1 - h2 * h2);
        double dh1 = da2 * wHh;
        double da1 = dh1 * (1 - h1 * h1);
        assertEquals(-4.727307923097902, l.gradHidden(1, 0, 0), TOL);
        assertEquals(dh2, l.gradHidden(1, 0, 0), TOL);
        assertEquals(0.6913232233040766, l.gradHidden(0, 0, 0), TOL);
        assertEquals(dh1, l.gradHidden(0, 0, 0), TOL);
        assertEquals(da2, l.gradPreActivation(1, 0, Gate.A, 0), TOL);
        assertEquals(0.3864878205614559, l.gradPreActivation(0, 0, Gate.A, 0), TOL);
        assertEquals(da1, l.gradPreActivation(0, 0, Gate.A, 0), TOL);
        //   dL/dx_t = dL/da_t * w_ih;  dL/dh0 = dL/da1 * w_hh
        assertEquals(da2 * wIh, l.gradInput(1, 0, 0), TOL);
        assertEquals(da1 * wIh, l.gradInput(0, 0, 0), TOL);
        assertEquals(da1 * wHh, l.gradInitialHidden(0, 0), TOL);

        // Parameter gradients:
        //   dL/dw_ih = da1 x1 + da2 x2 = 4.9953093092553;  dL/dw_hh = da1 h0 + da2 h1 = -1.5302134680466604
        //   dL/db_ih = dL/db_hh = da1 + da2 = -1.9179229237854662
        //   dL/dw_head = dy2 h2 = 1.6921717576801312;  dL/db_head = dy2 = -2.363653961548951
        assertEquals(4.9953093092553, grad(trace, "weight_ih_l0", 0), TOL);
        assertEquals(da1 * x1 + da2 * x2, grad(trace, "weight_ih_l0", 0), TOL);
        assertEquals(-1.5302134680466604, grad(trace, "weight_hh_l0", 0), TOL);
        assertEquals(da2 * h1, grad(trace, "weight_hh_l0", 0), TOL);
        assertEquals(-1.9179229237854662, grad(trace, "bias_ih_l0", 0), TOL);
        assertEquals(da1 + da2, grad(trace, "bias_hh_l0", 0), TOL);
        assertEquals(1.6921717576801312, grad(trace, "head.weight", 0), TOL);
        assertEquals(dy2 * h2, grad(trace, "head.weight", 0), TOL);
        assertEquals(-2.363653961548951, grad(trace, "head.bias", 0), TOL);

        // ||dh2/dh1|| = |(1 - h2²) w_hh|; ||dh1/dh0|| = |(1 - h1²) w_hh|
        assertEquals(Math.abs((1 - h2 * h2) * wHh), l.stepJacobianNorm(1, 0), TOL);
        assertEquals(Math.abs((1 - h1 * h1) * wHh), l.stepJacobianNorm(0, 0), TOL);
        // ||dL/dh_t|| with one unit is |dL/dh_t|
        assertEquals(Math.abs(dh1), trace.gradHiddenNormCurve()[0], TOL);
        assertEquals(Math.abs(dh2), trace.gradHiddenNormCurve()[1], TOL);
    }

    @Test
    void rnnReluCutsTheGradientWhereThePreActivationIsNegative() {
        // Same weights as above with ReLU: a1 = 0.8 > 0 so h1 = 0.8; a2 = -1 + 0.3 - 0.3 * 0.8 = -0.94 < 0 so h2 = 0
        Model m = new Model(new ModelConfig(CellKind.RNN, Nonlinearity.RELU, 1, 1, 1, 1));
        m.setParameter("weight_ih_l0", new int[] {1, 1}, new double[] {0.5});
        m.setParameter("weight_hh_l0", new int[] {1, 1}, new double[] {-0.3});
        m.setParameter("bias_ih_l0", new int[] {1}, new double[] {0.1});
        m.setParameter("bias_hh_l0", new int[] {1}, new double[] {0.2});
        m.setParameter("head.weight", new int[] {1, 1}, new double[] {2.0});
        m.setParameter("head.bias", new int[] {1}, new double[] {0.5});
        Trace trace = new SequenceRunner().trace(m, SequenceBatch.ofScalars(1.0, -2.0),
                Targets.regression(LossKind.MSE_LAST, 0.25), null);
        LayerTrace l = trace.layer(0);
        assertEquals(0.8, l.hidden(0, 0, 0), TOL);
        assertEquals(-0.5 + 0.3 - 0.3 * 0.8 - 0.5, l.preActivation(1, 0, Gate.A, 0), TOL);
        assertEquals(0.0, l.hidden(1, 0, 0), 0.0);
        // y2 = 0.5, L = 0.25² = 0.0625; dL/dh2 = 2 * 0.25 * 2 = 1, but relu'(a2) = 0: nothing reaches step 0
        assertEquals(0.0625, trace.loss(), TOL);
        assertEquals(1.0, l.gradHidden(1, 0, 0), TOL);
        assertEquals(0.0, l.gradHidden(0, 0, 0), 0.0);
        assertEquals(0.0, grad(trace, "weight_ih_l0", 0), 0.0);
        assertEquals(0.0, grad(trace, "weight_hh_l0", 0), 0.0);
        assertEquals(0.5, grad(trace, "head.bias", 0), TOL);
    }

    @Test
    void lstmOneStepWithEveryGateAtOneHalf() {
        // Blocks i, f, g, o. x = 0.5, h0 = 0.3, c0 = 0.8.
        //   W_ih = [0, 0, 1, 0]ᵀ, W_hh = [0, 1, 0, 0]ᵀ, b_ih = [0, -0.3, 0, 0], b_hh = 0; head y = h
        // pre-activations: i = 0, f = (0 x - 0.3) + (1 * 0.3) = 0, g = 1 * 0.5 = 0.5, o = 0
        //   i = f = o = σ(0) = 0.5;  g = tanh(0.5) = 0.46211715726000974
        double x = 0.5;
        double h0 = 0.3;
        double c0 = 0.8;
        Model m = model(CellKind.LSTM, new double[] {0, 0, 1, 0}, new double[] {0, 1, 0, 0},
                new double[] {0, -0.3, 0, 0}, new double[] {0, 0, 0, 0}, 1.0, 0.0);
        InitialState initial = new InitialState(new double[][] {{h0}}, new double[][] {{c0}});
        Trace trace = new SequenceRunner().trace(m, SequenceBatch.ofScalars(x),
                Targets.regression(LossKind.MSE_LAST, 0.0), initial);
        LayerTrace l = trace.layer(0);
        double g = Math.tanh(0.5);
        for (Gate gate : new Gate[] {Gate.I, Gate.F, Gate.O}) {
            assertEquals(0.0, l.preActivation(0, 0, gate, 0), 0.0, gate.symbol());
            assertEquals(0.5, l.gate(0, 0, gate, 0), 0.0, gate.symbol());
        }
        assertEquals(0.46211715726000974, l.gate(0, 0, Gate.G, 0), TOL);
        assertEquals(0.5, l.preActivationInputPart(0, 0, Gate.G, 0), TOL);
        assertEquals(-0.3, l.preActivationInputPart(0, 0, Gate.F, 0), TOL);
        assertEquals(0.3, l.preActivationHiddenPart(0, 0, Gate.F, 0), TOL);
        // c1 = f c0 + i g = 0.4 + 0.5 g = 0.6310585786300049;  h1 = o tanh(c1) = 0.27939034930317386
        double c1 = 0.5 * c0 + 0.5 * g;
        double h1 = 0.5 * Math.tanh(c1);
        assertEquals(0.6310585786300049, l.cellState(0, 0, 0), TOL);
        assertEquals(c1, l.cellState(0, 0, 0), TOL);
        assertEquals(Math.tanh(c1), l.tanhCellState(0, 0, 0), TOL);
        assertEquals(0.27939034930317386, l.hidden(0, 0, 0), TOL);
        assertEquals(h1, l.hidden(0, 0, 0), TOL);
        // L = (h1 - 0)² = 0.0780589672837495
        assertEquals(0.0780589672837495, trace.loss(), TOL);
        assertEquals(h1 * h1, trace.loss(), TOL);

        // dL/dh1 = 2 h1 = 0.5587806986063477
        // dL/dc1 = dL/dh1 o (1 - tanh² c1) = 0.19215466076056667
        double dh = 2 * h1;
        double tc = Math.tanh(c1);
        double dc = dh * 0.5 * (1 - tc * tc);
        assertEquals(0.5587806986063477, l.gradHidden(0, 0, 0), TOL);
        assertEquals(0.19215466076056667, l.gradCellState(0, 0, 0), TOL);
        assertEquals(dc, l.gradCellState(0, 0, 0), TOL);
        // through each gate, σ'(0) = 0.25:
        //   d pre_i = dc g 0.25 = 0.022199491396233652      d pre_f = dc c0 0.25 = 0.03843093215211334
        //   d pre_g = dc i (1 - g²) = 0.07555979866699225   d pre_o = dh tanh(c1) 0.25 = 0.0780589672837495
        double dI = dc * g * 0.25;
        double dF = dc * c0 * 0.25;
        double dG = dc * 0.5 * (1 - g * g);
        double dO = dh * tc * 0.25;
        assertEquals(0.022199491396233652, l.gradPreActivation(0, 0, Gate.I, 0), TOL);
        assertEquals(0.03843093215211334, l.gradPreActivation(0, 0, Gate.F, 0), TOL);
        assertEquals(0.07555979866699225, l.gradPreActivation(0, 0, Gate.G, 0), TOL);
        assertEquals(0.0780589672837495, l.gradPreActivation(0, 0, Gate.O, 0), TOL);
        assertEquals(dI, l.gradPreActivation(0, 0, Gate.I, 0), TOL);
        assertEquals(dF, l.gradPreActivation(0, 0, Gate.F, 0), TOL);
        assertEquals(dG, l.gradPreActivation(0, 0, Gate.G, 0), TOL);
        assertEquals(dO, l.gradPreActivation(0, 0, Gate.O, 0), TOL);
        // dL/dc0 = dc f = 0.09607733038028334;  dL/dh0 = Σ d pre_k W_hh[k] = d pre_f;  dL/dx = Σ d pre_k W_ih[k] = d pre_g
        assertEquals(0.09607733038028334, l.gradInitialCell(0, 0), TOL);
        assertEquals(dF, l.gradInitialHidden(0, 0), TOL);
        assertEquals(dG, l.gradInput(0, 0, 0), TOL);
        // dW_ih[k] = d pre_k x;  dW_hh[k] = d pre_k h0;  db_ih[k] = db_hh[k] = d pre_k
        double[] dPre = {dI, dF, dG, dO};
        for (int k = 0; k < 4; k++) {
            assertEquals(dPre[k] * x, grad(trace, "weight_ih_l0", k), TOL, "weight_ih row " + k);
            assertEquals(dPre[k] * h0, grad(trace, "weight_hh_l0", k), TOL, "weight_hh row " + k);
            assertEquals(dPre[k], grad(trace, "bias_ih_l0", k), TOL, "bias_ih row " + k);
            assertEquals(dPre[k], grad(trace, "bias_hh_l0", k), TOL, "bias_hh row " + k);
        }
        // head, y = w h1 + b with w = 1: dL/dy = 2 h1, dL/dw_head = 2 h1 * h1, dL/db_head = 2 h1
        assertEquals(2 * h1 * h1, grad(trace, "head.weight", 0), TOL);
        assertEquals(2 * h1, grad(trace, "head.bias", 0), TOL);
    }

    @Test
    void gruOneStepWithResetAndUpdateAtOneHalf() {
        // Blocks r, z, n. x = 1, h0 = 0.6.
        //   W_ih = [0, 0, 0.5]ᵀ, b_ih = [-0.6, 0.6, 0];  W_hh = [1, -1, 1]ᵀ, b_hh = [0, 0, 0.2]; head y = h
        // pre_r = -0.6 + 0.6 = 0, pre_z = 0.6 - 0.6 = 0  =>  r = z = 0.5
        // n = tanh(0.5 x + 0 + r (1 * h0 + 0.2)) = tanh(0.5 + 0.4) = tanh(0.9) = 0.7162978701990245
        // h1 = (1 - z) n + z h0 = 0.6581489350995122;  L = h1² = 0.43316002077262195
        double x = 1.0;
        double h0 = 0.6;
        Model m = model(CellKind.GRU, new double[] {0, 0, 0.5}, new double[] {1, -1, 1}, new double[] {-0.6, 0.6, 0},
                new double[] {0, 0, 0.2}, 1.0, 0.0);
        Trace trace = new SequenceRunner().trace(m, SequenceBatch.ofScalars(x),
                Targets.regression(LossKind.MSE_LAST, 0.0), new InitialState(new double[][] {{h0}}, null));
        LayerTrace l = trace.layer(0);
        double hn = 1.0 * h0 + 0.2;
        double n = Math.tanh(0.5 * x + 0.5 * hn);
        double h1 = 0.5 * n + 0.5 * h0;
        assertEquals(0.0, l.preActivation(0, 0, Gate.R, 0), 0.0);
        assertEquals(0.0, l.preActivation(0, 0, Gate.Z, 0), 0.0);
        assertEquals(0.5, l.gate(0, 0, Gate.R, 0), 0.0);
        assertEquals(0.5, l.gate(0, 0, Gate.Z, 0), 0.0);
        assertEquals(0.9, l.preActivation(0, 0, Gate.N, 0), TOL);
        assertEquals(hn, l.preActivationHiddenPart(0, 0, Gate.N, 0), TOL);
        assertEquals(0.5, l.preActivationInputPart(0, 0, Gate.N, 0), TOL);
        assertEquals(0.7162978701990245, l.gate(0, 0, Gate.N, 0), TOL);
        assertEquals(n, l.gate(0, 0, Gate.N, 0), TOL);
        assertEquals(0.6581489350995122, l.hidden(0, 0, 0), TOL);
        assertEquals(h1, l.hidden(0, 0, 0), TOL);
        assertEquals(0.43316002077262195, trace.loss(), TOL);

        // dL/dh1 = 2 h1;  through h1 = (1 - z) n + z h0:  dn = dh (1 - z),  dz = dh (h0 - n)
        // d pre_n = dn (1 - n²) = 0.32046414272124557;  dr = d pre_n (W_hn h0 + b_hn)
        // d pre_r = dr σ'(0) = 0.06409282854424912;     d pre_z = dz σ'(0) = -0.038270659712914636
        double dh = 2 * h1;
        double dn = dh * 0.5;
        double dz = dh * (h0 - n);
        double dAn = dn * (1 - n * n);
        double dAr = dAn * hn * 0.25;
        double dAz = dz * 0.25;
        assertEquals(dh, l.gradHidden(0, 0, 0), TOL);
        assertEquals(0.32046414272124557, l.gradPreActivation(0, 0, Gate.N, 0), TOL);
        assertEquals(0.06409282854424912, l.gradPreActivation(0, 0, Gate.R, 0), TOL);
        assertEquals(-0.038270659712914636, l.gradPreActivation(0, 0, Gate.Z, 0), TOL);
        assertEquals(dAn, l.gradPreActivation(0, 0, Gate.N, 0), TOL);
        assertEquals(dAr, l.gradPreActivation(0, 0, Gate.R, 0), TOL);
        assertEquals(dAz, l.gradPreActivation(0, 0, Gate.Z, 0), TOL);
        // dL/dh0 = dh z + d pre_r W_hr + d pre_z W_hz + d pre_n r W_hn = 0.9207444947172988
        assertEquals(0.9207444947172988, l.gradInitialHidden(0, 0), TOL);
        assertEquals(dh * 0.5 + dAr * 1 + dAz * -1 + dAn * 0.5 * 1, l.gradInitialHidden(0, 0), TOL);
        // dL/dx = d pre_r W_ir + d pre_z W_iz + d pre_n W_in = 0.5 d pre_n
        assertEquals(0.5 * dAn, l.gradInput(0, 0, 0), TOL);
        // the recurrent side of n is scaled by r: dW_hn = d pre_n r h0, db_hn = d pre_n r; the input side is not
        assertEquals(dAr * x, grad(trace, "weight_ih_l0", 0), TOL);
        assertEquals(dAz * x, grad(trace, "weight_ih_l0", 1), TOL);
        assertEquals(dAn * x, grad(trace, "weight_ih_l0", 2), TOL);
        assertEquals(dAr * h0, grad(trace, "weight_hh_l0", 0), TOL);
        assertEquals(dAz * h0, grad(trace, "weight_hh_l0", 1), TOL);
        assertEquals(dAn * 0.5 * h0, grad(trace, "weight_hh_l0", 2), TOL);
        assertEquals(dAn, grad(trace, "bias_ih_l0", 2), TOL);
        assertEquals(dAn * 0.5, grad(trace, "bias_hh_l0", 2), TOL);
        assertEquals(dAr, grad(trace, "bias_hh_l0", 0), TOL);
        assertEquals(dAz, grad(trace, "bias_ih_l0", 1), TOL);
    }

    @Test
    void crossEntropyOfTwoLogitsOnTheLastStep() {
        // RNN, H = 1, O = 2: h = tanh(1 * x) with x = 0.5; y = [2h, -h] + [0, 0.1]; class 1
        // L = log(e^{y0} + e^{y1}) - y1;  dL/dy = softmax(y) - [0, 1]
        Model m = new Model(new ModelConfig(CellKind.RNN, Nonlinearity.TANH, 1, 1, 1, 2));
        m.setParameter("weight_ih_l0", new int[] {1, 1}, new double[] {1.0});
        m.setParameter("head.weight", new int[] {2, 1}, new double[] {2.0, -1.0});
        m.setParameter("head.bias", new int[] {2}, new double[] {0.0, 0.1});
        Trace trace = new SequenceRunner().trace(m, SequenceBatch.ofScalars(0.5),
                Targets.classes(LossKind.CE_LAST, 1), null);
        double h = Math.tanh(0.5);
        double y0 = 2 * h;
        double y1 = -h + 0.1;
        double loss = Math.log(Math.exp(y0) + Math.exp(y1)) - y1;
        double p0 = Math.exp(y0) / (Math.exp(y0) + Math.exp(y1));
        assertEquals(loss, trace.loss(), TOL);
        assertEquals(p0, grad(trace, "head.bias", 0), TOL);
        // dL/db1 = p1 - 1 = -p0
        assertEquals(-p0, grad(trace, "head.bias", 1), TOL);
        // dL/dW_head = (softmax(y) - onehot) h: [p0 h, -p0 h]
        assertEquals(p0 * h, grad(trace, "head.weight", 0), TOL);
        assertEquals(-p0 * h, grad(trace, "head.weight", 1), TOL);
        // dL/dh = Σ_k dL/dy_k W_head[k] = p0 * 2 + (-p0) * (-1) = 3 p0
        assertEquals(3 * p0, trace.layer(0).gradHidden(0, 0, 0), TOL);
    }
}
