package org.gatelab.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.lesson.AnswerPositions;
import org.gatelab.lesson.Check;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonProblem;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.lesson.Scene;
import org.junit.jupiter.api.Test;

/** The bundled course as a whole: it loads without problems and has the shape issue 5 asks for. */
class CourseLibraryTest {
    private static final List<String> IDS = List.of("01-sequences-and-memory", "02-vanilla-rnn",
            "03-vanishing-gradients", "04-lstm", "05-gru", "06-in-practice", "07-real-world", "08-common-mistakes");

    @Test
    void theBundledLessonsHaveNoProblems() {
        List<LessonProblem> problems = Course.library().problems();
        assertTrue(problems.isEmpty(), "problems: " + problems);
        assertTrue(Course.library().lessons().stream().allMatch(ParsedLesson::ok));
    }

    @Test
    void thereAreAtLeastEightLessonsInCourseOrder() {
        List<ParsedLesson> lessons = Course.library().lessons();
        assertTrue(lessons.size() >= 8, lessons.size() + " lessons");
        for (int i = 0; i < IDS.size(); i++) {
            assertEquals(IDS.get(i), lessons.get(i).lesson().id(), "lesson " + (i + 1) + " in file-name order");
        }
        for (int i = 1; i < IDS.size(); i++) {
            Lesson l = Course.lesson(IDS.get(i));
            assertFalse(l.prerequisites().isEmpty(), l.id() + " names its prerequisites");
            for (String pre : l.prerequisites()) {
                assertTrue(IDS.indexOf(pre) < i, l.id() + ": prerequisite " + pre + " comes earlier");
            }
        }
    }

    @Test
    void everyLessonHasFiveToTenStepsAndAtLeastThreeChecks() {
        for (ParsedLesson p : Course.library().lessons()) {
            Lesson l = p.lesson();
            assertTrue(l.steps().size() >= 5 && l.steps().size() <= 10, l.id() + ": " + l.steps().size() + " steps");
            assertTrue(l.checkCount() >= 3, l.id() + ": " + l.checkCount() + " checks");
            boolean live = l.steps().stream().flatMap(s -> s.checks().stream())
                    .anyMatch(c -> c instanceof Check.Predict || c instanceof Check.Task);
            assertTrue(live, l.id() + " has a check judged against the live engine (predict or task)");
        }
    }

    /** Step titles are plain text (the player shows them as they are): no Markdown code marks or maths in them. */
    @Test
    void stepTitlesHaveNoMarkup() {
        for (ParsedLesson p : Course.library().lessons()) {
            for (var step : p.lesson().steps()) {
                assertTrue(!step.title().contains("`") && !step.title().contains("$"),
                        p.lesson().id() + ": \"" + step.title() + "\"");
            }
        }
    }

    /**
     * A check cannot be passed by position: every choice explains each option when it is picked, and over the course
     * no authored answer position holds more than 40% of the answers (nor does one within a lesson, as
     * {@code lessons check} judges it).
     */
    @Test
    void everyChoiceHasFeedbackPerOptionAndTheAnswersAreSpread() {
        int total = 0;
        int[] at = new int[8];
        for (ParsedLesson p : Course.library().lessons()) {
            Lesson l = p.lesson();
            List<Check.Choice> choices = AnswerPositions.choices(l);
            for (Check.Choice c : choices) {
                assertEquals(c.options().size(), c.feedback().size(), l.id() + ":" + c.line() + ": one feedback per option");
                for (String f : c.feedback()) {
                    assertFalse(f.isBlank(), l.id() + ":" + c.line() + ": an empty feedback");
                }
                assertTrue(c.options().size() >= 3, l.id() + ":" + c.line() + ": a choice between two is half a guess");
                at[c.answer()]++;
                total++;
            }
            assertEquals(null, AnswerPositions.pile(choices), l.id());
        }
        assertTrue(total >= 24, total + " choices");
        for (int k = 0; k < at.length; k++) {
            assertTrue(at[k] <= 0.4 * total, "position " + (k + 1) + " holds " + at[k] + " of " + total + " answers");
        }
    }

    /** A task the step's own scene already meets would be no task: every one starts unmet. */
    @Test
    void noTaskIsMetBeforeTheLearnerChangesAnything() {
        int tasks = 0;
        for (ParsedLesson p : Course.library().lessons()) {
            Lesson l = p.lesson();
            for (int i = 0; i < l.steps().size(); i++) {
                Scene scene = l.effectiveScene(i);
                for (Check c : l.steps().get(i).checks()) {
                    if (c instanceof Check.Task t) {
                        tasks++;
                        double v = Course.read(t.probe(), scene);
                        assertFalse(t.met(v), l.id() + " / " + l.steps().get(i).title() + ": the task is met before "
                                + "any change (" + t.probe().describe() + " = " + v + ")");
                    }
                }
            }
        }
        assertTrue(tasks >= 6, tasks + " tasks in the course");
    }

    /** Predictions are judged against finite live values, within a tolerance smaller than the value's scale. */
    @Test
    void everyPredictionReadsAFiniteValue() {
        for (ParsedLesson p : Course.library().lessons()) {
            Lesson l = p.lesson();
            for (int i = 0; i < l.steps().size(); i++) {
                for (Check c : l.steps().get(i).checks()) {
                    if (c instanceof Check.Predict pr) {
                        double v = Course.read(pr.probe(), l.effectiveScene(i));
                        assertTrue(Double.isFinite(v), l.id() + " / " + l.steps().get(i).title());
                        assertTrue(pr.tolerance() > 0, l.id() + " / " + l.steps().get(i).title() + ": tolerance");
                    }
                }
            }
        }
    }
}
