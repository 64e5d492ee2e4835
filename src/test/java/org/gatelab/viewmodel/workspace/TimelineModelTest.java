package org.gatelab.viewmodel.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimelineModelTest {

    @Test
    void stepsStayInRange() {
        TimelineModel m = new TimelineModel();
        m.setLength(10);
        m.stepBack();
        assertEquals(0, m.step());
        m.toEnd();
        assertEquals(9, m.step());
        m.stepForward();
        assertEquals(9, m.step());
        m.setStep(-5);
        assertEquals(0, m.step());
        m.setStep(4);
        m.setLength(3);
        assertEquals(2, m.step());
    }

    @Test
    void playbackAdvancesAtTheSpeedAndStopsAtTheEnd() {
        TimelineModel m = new TimelineModel();
        m.setLength(5);
        m.setSpeed(2);
        m.play();
        m.advance(0.4);
        assertEquals(0, m.step());
        m.advance(0.2);
        assertEquals(1, m.step());
        m.advance(1.0);
        assertEquals(3, m.step());
        m.advance(5.0);
        assertEquals(4, m.step());
        assertFalse(m.isPlaying());
        m.play();
        assertEquals(0, m.step(), "play from the end starts over");
        assertTrue(m.isPlaying());
        m.togglePlay();
        assertFalse(m.isPlaying());
        m.advance(10);
        assertEquals(0, m.step(), "a paused timeline does not move");
    }

    @Test
    void speedIsClamped() {
        TimelineModel m = new TimelineModel();
        m.setSpeed(1000);
        assertEquals(TimelineModel.MAX_SPEED, m.speedProperty().get());
        m.setSpeed(0);
        assertEquals(TimelineModel.MIN_SPEED, m.speedProperty().get());
    }
}
