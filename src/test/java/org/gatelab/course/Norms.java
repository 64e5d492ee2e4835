package org.gatelab.course;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.gatelab.engine.Model;
import org.gatelab.engine.ParameterNames;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Tensor;
import org.gatelab.lesson.Scene;
import org.gatelab.viewmodel.workspace.WorkspaceComputation;
import org.gatelab.viewmodel.workspace.WorkspaceResult;
import org.gatelab.vocabulary.CellKind;

/**
 * The three norms the course teaches, computed here with EJML from the scene's own matrices, independently of the
 * views: the Frobenius norm, the spectral norm (largest singular value) and the spectral radius (largest
 * eigenvalue modulus). Always Frobenius ≥ spectral norm ≥ spectral radius.
 *
 * @param frobenius ‖M‖_F
 * @param spectral  ‖M‖_2
 * @param radius    ρ(M)
 */
record Norms(double frobenius, double spectral, double radius) {
    static Norms of(DMatrixRMaj m) {
        int n = m.numRows;
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, false, false, true);
        assertTrue(svd.decompose(m.copy()));
        double s = 0;
        for (double v : svd.getSingularValues()) {
            s = Math.max(s, v);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        assertTrue(eig.decompose(m.copy()));
        double r = 0;
        for (int i = 0; i < n; i++) {
            r = Math.max(r, eig.getEigenvalue(i).getMagnitude());
        }
        Norms out = new Norms(NormOps_DDRM.normF(m), s, r);
        assertTrue(out.frobenius() >= out.spectral() - 1e-12 && out.spectral() >= out.radius() - 1e-12, "" + out);
        return out;
    }

    /** The scene's W_hh (the RNN's, or the whole stacked matrix of a gated cell). */
    static DMatrixRMaj whh(Scene s) {
        WorkspaceResult r = Course.compute(s);
        Model m = WorkspaceComputation.model(r.settings(), r.settings().cell());
        Tensor w = m.parameter(ParameterNames.weightHh(0));
        return new DMatrixRMaj(w.dim(0), w.dim(1), true, w.values());
    }

    /** The vanilla tanh RNN's step Jacobian dh_t/dh_{t-1} = diag(1 - h_t²) W_hh in the scene. */
    static DMatrixRMaj rnnJacobian(Scene s, int t) {
        DMatrixRMaj w = whh(s);
        LayerTrace l = Course.layer(s);
        assertTrue(l.cell() == CellKind.RNN);
        DMatrixRMaj j = new DMatrixRMaj(w.numRows, w.numCols);
        for (int i = 0; i < w.numRows; i++) {
            double h = l.hidden(t, 0, i);
            for (int k = 0; k < w.numCols; k++) {
                j.set(i, k, (1 - h * h) * w.get(i, k));
            }
        }
        return j;
    }
}
