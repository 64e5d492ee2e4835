package org.gatelab.viewmodel.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.viewmodel.TaskRunner;
import org.junit.jupiter.api.Test;

/** The unrolled view's backward sweep: from the last copy to the first over its duration, at once at duration 0. */
class UnrolledViewModelTest {
    @Test
    void theSweepTravelsOverItsDurationAndRestsWhole() {
        UnrolledViewModel m = new UnrolledViewModel(new WorkspaceViewModel(TaskRunner.direct()));
        assertEquals(1, m.progress(), "at rest the whole backward pass shows");
        m.setSweepMillis(1000);
        m.playBackward();
        assertEquals(0, m.progress());
        assertTrue(m.sweepingProperty().get());
        m.advance(0.25);
        assertEquals(0.25, m.progress(), 1e-12);
        m.advance(0.5);
        assertEquals(0.75, m.progress(), 1e-12);
        m.advance(0.5);
        assertEquals(1, m.progress());
        assertFalse(m.sweepingProperty().get());
    }

    @Test
    void aNewTraceSweepsAgainAndDurationZeroJumps() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        UnrolledViewModel m = new UnrolledViewModel(w);
        m.setSweepMillis(500);
        w.setSeed(7);
        assertTrue(m.sweepingProperty().get(), "a new trace plays the sweep");
        assertEquals(0, m.progress());
        m.setSweepMillis(0);
        m.playBackward();
        assertEquals(1, m.progress());
        assertFalse(m.sweepingProperty().get());
    }
}
