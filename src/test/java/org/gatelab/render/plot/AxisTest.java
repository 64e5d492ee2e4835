package org.gatelab.render.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Nice ticks: 1-2-5 steps on linear axes, powers of ten on log axes, labels thinned when crowded. */
class AxisTest {

    private static boolean isNice(double step) {
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        return Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9;
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(2, LinearAxis.niceStep(10, 5), 1e-12);
        assertEquals(0.5, LinearAxis.niceStep(1, 4), 1e-12);
        assertEquals(5, LinearAxis.niceStep(29, 6), 1e-12);
        assertEquals(200, LinearAxis.niceStep(999, 5), 1e-9);
        assertEquals(1e-4, LinearAxis.niceStep(5e-4, 5), 1e-18);
    }

    @Test
    void linearTicksAreNiceCoverTheRangeAndRespectTheLabelLimit() {
        Random random = new Random(7);
        for (int k = 0; k < 2000; k++) {
            double a = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 6);
            double b = a + random.nextDouble() * Math.pow(10, random.nextInt(12) - 6) + 1e-9;
            int maxLabels = 2 + random.nextInt(10);
            LinearAxis axis = LinearAxis.of(a, b);
            List<Tick> ticks = axis.ticks(maxLabels);
            double step = axis.step(maxLabels);
            assertTrue(isNice(step), "step " + step);
            assertFalse(ticks.isEmpty(), a + ".." + b);
            assertTrue(ticks.size() <= maxLabels, ticks.size() + " ticks for at most " + maxLabels);
            // ticks sit on multiples of the step, inside the range, and leave less than a step at each end
            for (Tick t : ticks) {
                double m = t.value() / step;
                assertEquals(Math.round(m), m, 1e-6 + 1e-9 * Math.abs(m), "tick " + t.value() + " is not a multiple of " + step);
                assertTrue(t.value() >= a - step * 1e-9 && t.value() <= b + step * 1e-9);
                assertTrue(t.labelled());
            }
            assertTrue(ticks.get(0).value() - a < step + 1e-9 * step);
            assertTrue(b - ticks.get(ticks.size() - 1).value() < step + 1e-9 * step);
        }
    }

    @Test
    void aroundWidensToWholeSteps() {
        LinearAxis axis = LinearAxis.around(0.13, 0.87, 5);
        assertEquals(0, axis.min(), 1e-12);
        assertEquals(1, axis.max(), 1e-12);
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1.0"),
                axis.ticks(6).stream().map(Tick::label).toList());
    }

    @Test
    void timestepAxesHaveIntegerTicks() {
        LinearAxis axis = LinearAxis.of(0, 29).integerTicks();
        assertEquals(List.of("0", "5", "10", "15", "20", "25"), axis.ticks(7).stream().map(Tick::label).toList());
        LinearAxis short3 = LinearAxis.of(0, 2).integerTicks();
        assertEquals(List.of("0", "1", "2"), short3.ticks(12).stream().map(Tick::label).toList());
    }

    @Test
    void linearLabelsHaveNoNegativeZero() {
        List<String> labels = LinearAxis.of(-1, 1).ticks(5).stream().map(Tick::label).toList();
        assertEquals(List.of("-1.0", "-0.5", "0", "0.5", "1.0"), labels);
    }

    @Test
    void logAxisPadsToWholeDecadesAndTicksArePowersOfTen() {
        LogAxis axis = LogAxis.covering(new double[] {1e-9, 3e-4, 3e2});
        assertEquals(-9, axis.lowExponent());
        assertEquals(3, axis.highExponent());
        assertEquals(1e-9, axis.min(), 1e-21);
        assertEquals(1e3, axis.max(), 1e-9);
        List<Tick> all = axis.ticks(20);
        List<String> labels = all.stream().filter(Tick::major).map(Tick::label).toList();
        assertEquals(List.of("10⁻⁹", "10⁻⁸", "10⁻⁷", "10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹",
                "10²", "10³"), labels);
        for (Tick t : all) {
            double e = Math.log10(t.value());
            assertEquals(Math.round(e), e, 1e-9, "every tick of a 12-decade axis is a power of ten: " + t.value());
        }
    }

    @Test
    void crowdedLogLabelsAreThinnedButEveryDecadeKeepsItsTick() {
        LogAxis axis = LogAxis.covering(new double[] {1e-9, 3e2});
        List<Tick> ticks = axis.ticks(5);
        assertEquals(13, ticks.size(), "a tick at every decade 1e-9..1e3");
        for (int i = 0; i < ticks.size(); i++) {
            assertEquals(Math.pow(10, -9 + i), ticks.get(i).value(), Math.pow(10, -9 + i) * 1e-12);
        }
        List<String> labelled = ticks.stream().filter(Tick::labelled).map(Tick::label).toList();
        assertTrue(labelled.size() <= 5 && labelled.size() >= 2, labelled.toString());
        assertEquals(List.of("10⁻⁹", "10⁻⁶", "10⁻³", "10⁰", "10³"), labelled);
        assertEquals(3, axis.labelStep(5));
        assertEquals(2, axis.labelStep(6));
        assertEquals(1, axis.labelStep(13));
    }

    @Test
    void fewDecadesGetMinorTicks() {
        LogAxis axis = LogAxis.decades(-2, 0);
        List<Tick> ticks = axis.ticks(10);
        assertEquals(3 + 2 * 8, ticks.size());
        assertTrue(ticks.stream().anyMatch(t -> !t.major() && Math.abs(t.value() - 0.05) < 1e-12));
        assertTrue(LogAxis.decades(-20, 0).ticks(30).stream().allMatch(Tick::major), "no minor ticks over 20 decades");
    }

    @Test
    void logAxisIgnoresValuesItCannotPlaceAndStopsAtTheFloor() {
        LogAxis axis = LogAxis.covering(new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, 1e-2, 5});
        assertEquals(-2, axis.lowExponent());
        assertEquals(1, axis.highExponent());
        LogAxis floored = LogAxis.covering(new double[] {1e-300, 1e-3, 1});
        assertEquals(-12, floored.lowExponent(), "the default floor 1e-12 keeps 1e-300 from squashing the plot");
        assertEquals(0, floored.highExponent());
        assertTrue(floored.below(1e-300));
        assertFalse(floored.below(1e-12));
        assertFalse(floored.below(0));
        assertTrue(Double.isNaN(floored.fraction(0)));
        assertTrue(Double.isNaN(floored.fraction(-1)));
        assertTrue(Double.isNaN(floored.fraction(Double.NaN)));
        assertEquals(0.5, LogAxis.decades(-2, 0).fraction(0.1), 1e-12);
    }

    @Test
    void degenerateLogRangesStillSpanADecade() {
        LogAxis inside = LogAxis.covering(new double[] {0.2, 0.3});
        assertEquals(-1, inside.lowExponent());
        assertEquals(0, inside.highExponent());
        LogAxis exact = LogAxis.covering(new double[] {1, 1});
        assertEquals(0, exact.lowExponent());
        assertEquals(1, exact.highExponent());
        LogAxis empty = LogAxis.covering(new double[0]);
        assertEquals(-1, empty.lowExponent());
        assertEquals(1, empty.highExponent());
        LogAxis allBelow = LogAxis.covering(new double[] {1e-20, 1e-15});
        assertEquals(-12, allBelow.lowExponent());
        assertEquals(-11, allBelow.highExponent());
    }

    @Test
    void formats() {
        assertEquals("⁻¹²", TickFormat.superscript(-12));
        assertEquals("10⁻³", TickFormat.powerOfTen(-3));
        assertEquals("10⁰", TickFormat.powerOfTen(0));
        assertEquals("3.2×10⁻⁴", TickFormat.scientific(3.2e-4, 2));
        assertEquals("10⁻⁴", TickFormat.scientific(1e-4, 2));
        assertEquals("10⁵", TickFormat.scientific(9.996e4, 3));
        assertEquals("0.0123", TickFormat.readout(0.0123));
        assertEquals("1.50", TickFormat.readout(1.5));
        assertEquals("342", TickFormat.readout(342.4));
        assertEquals("3.21×10⁻⁵", TickFormat.readout(3.21e-5));
        assertEquals("−0.500", TickFormat.readout(-0.5));
        assertEquals("∞", TickFormat.readout(Double.POSITIVE_INFINITY));
        assertEquals("25%", TickFormat.percent(0.25, 0.25));
        assertEquals("0.5", TickFormat.linear(0.5, 0.5));
    }
}
