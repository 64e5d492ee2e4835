package org.gatelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.viewmodel.lesson.LessonStepValidator;
import org.gatelab.viewmodel.lesson.SceneComputation;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code gatelab export} and {@code gatelab lessons check}, end to end, headless. */
class ExportAndLessonsCommandTest {
    @TempDir
    Path dir;

    private static final String LESSON = """
            ---
            id: 09-demo
            title: Demo
            summary: For the export test.
            level: beginner
            minutes: 3
            ---
            ## One
            ```scene
            cell: gru
            hidden: 5
            seed: 3
            input: sine
            length: 20
            step: 7
            highlight: z
            views: [diagram, gradient-flow]
            ```
            ## Two
            ```scene
            cell: lstm
            views: []
            ```
            """;

    private Path lesson() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("lessons"));
        return Files.writeString(folder.resolve("09-demo.md"), LESSON);
    }

    @Test
    void exportsEveryStepOfALessonAsRealFiles() throws Exception {
        Path file = lesson();
        Path out = dir.resolve("slides");
        TraceCommandTest.Result png = TraceCommandTest.run("export", "--lesson", file.toString(), "--out",
                out.toString(), "--scale", "2");
        assertEquals(0, png.exitCode(), png.err());
        // step one shows two views, step two names none: the whole workspace
        BufferedImage diagram = ImageIO.read(out.resolve("09-demo-step01-diagram.png").toFile());
        assertEquals(2400, diagram.getWidth());
        assertEquals(1600, diagram.getHeight());
        assertTrue(colours(diagram) > 20, "not blank");
        BufferedImage workspace = ImageIO.read(out.resolve("09-demo-step02-workspace.png").toFile());
        assertEquals(3200, workspace.getWidth());
        assertTrue(Files.exists(out.resolve("09-demo-step01-gradient-flow.png")));

        TraceCommandTest.Result svg = TraceCommandTest.run("export", "--lesson", file.toString(), "--out",
                out.toString(), "--format", "svg", "--theme", "dark");
        assertEquals(0, svg.exitCode(), svg.err());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("09-demo-step01-diagram.svg").toFile());
        String text = doc.getDocumentElement().getTextContent();
        Lesson lesson = new LessonParser(new LessonPaths(dir), new LessonStepValidator()).read(file, "09-demo.md")
                .lesson();
        double z = SceneComputation.compute(lesson.effectiveScene(0), true).trace().top().gate(7, 0, Gate.Z, 0);
        assertTrue(text.contains("GRU"), "the title names the cell");
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "%.3f", z)),
                "the update gate's value at t = 7 from the engine: " + z);
        assertTrue(doc.getElementsByTagName("text").getLength() > 10);
        assertTrue(doc.getElementsByTagName("path").getLength() + doc.getElementsByTagName("rect").getLength() > 10);

        TraceCommandTest.Result pdf = TraceCommandTest.run("export", "--lesson", file.toString(), "--out",
                out.toString(), "--format", "pdf");
        assertEquals(0, pdf.exitCode(), pdf.err());
        try (PDDocument d = Loader.loadPDF(out.resolve("09-demo.pdf").toFile())) {
            assertEquals(3, d.getNumberOfPages(), "one page per exported view");
            assertTrue(new PDFTextStripper().getText(d).contains("GRU"));
        }
    }

    @Test
    void exportsOneSceneFileAndNamesItsProblems() throws Exception {
        Path scene = Files.writeString(dir.resolve("forget.yaml"), "cell: lstm\nhidden: 3\nstep: 4\n");
        TraceCommandTest.Result ok = TraceCommandTest.run("export", "--scene", scene.toString(), "--out",
                dir.resolve("o").toString(), "--view", "diagram,equations");
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(Files.exists(dir.resolve("o/forget-diagram.png")));
        assertTrue(Files.exists(dir.resolve("o/forget-equations.png")));

        Path bad = Files.writeString(dir.resolve("bad.yaml"), "cell: lstm\nhiden: 3\n");
        TraceCommandTest.Result r = TraceCommandTest.run("export", "--scene", bad.toString(), "--out",
                dir.resolve("o").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("bad.yaml:2: unknown scene key \"hiden\" (did you mean hidden?)"), r.err());
    }

    @Test
    void lessonsCheckReportsFileLineAndExitsWithOne() throws IOException {
        Path file = lesson();
        TraceCommandTest.Result ok = TraceCommandTest.run("lessons", "check", file.getParent().toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertTrue(ok.out().contains("1 lesson, 0 with problems"), ok.out());
        Files.writeString(file, LESSON.replace("highlight: z", "highlight: f"));
        TraceCommandTest.Result bad = TraceCommandTest.run("lessons", "check", file.getParent().toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.out().contains("lessons/09-demo.md:16: the GRU has no forget gate"), bad.out());
    }

    /** Three choice checks with the answer at position 2: a warning per lesson and over the folder, exit code 0. */
    private static String piled(String id) {
        StringBuilder b = new StringBuilder("---\nid: " + id + "\ntitle: Piled\nsummary: Answers at 2.\nlevel: beginner\n"
                + "minutes: 3\n---\n## One\n");
        for (int k = 0; k < 3; k++) {
            b.append("```check\nkind: choice\nquestion: Which?\noptions: [a, b, c]\nanswer: 2\nexplain: b.\n```\n");
        }
        return b.toString();
    }

    @Test
    void lessonsCheckWarnsAboutPiledAnswersWithoutFailing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("piled"));
        Files.writeString(folder.resolve("10-piled.md"), piled("10-piled"));
        Files.writeString(folder.resolve("11-piled.md"), piled("11-piled"));
        TraceCommandTest.Result r = TraceCommandTest.run("lessons", "check", folder.toString());
        assertEquals(0, r.exitCode(), "warnings do not fail the check: " + r.out() + r.err());
        assertTrue(r.out().contains("warning: piled/10-piled.md: choice answers pile onto position 2 (3 of 3)"), r.out());
        assertTrue(r.out().contains("warning: piled/11-piled.md: choice answers pile onto position 2 (3 of 3)"), r.out());
        assertTrue(r.out().contains("warning: " + folder + " (all lessons): choice answers pile onto position 2 "
                + "(6 of 6)"), r.out());
        assertTrue(r.out().contains("2 lessons, 0 with problems (0 problems); 6 checks in the sound lessons; "
                + "3 warnings"), r.out());
    }

    @Test
    void lessonsResultsWritesTheLearnersCsvAndLeavesABrokenProgressFileAlone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(folder.resolve("10-piled.md"), piled("10-piled"));
        Path progress = Files.writeString(dir.resolve("progress.json"), """
                {"gatelab":"progress","version":2,"seed":5,"lessons":{"10-piled":{"current":0,"finished":[],
                 "checks":{"0.0":{"first_answer":"a","first_correct":false,"correct":true,"attempts":2,
                 "skipped":false,"seconds":7.25},"0.2":{"skipped":true}}}}}
                """);
        Path csv = dir.resolve("results.csv");
        TraceCommandTest.Result r = TraceCommandTest.run("lessons", "results", "--out", csv.toString(), "--progress",
                progress.toString(), "--lessons", folder.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("Wrote 3 checks from 1 lesson to " + csv), r.out());
        assertEquals("""
                lesson,check,question,first_answer,correct,attempts,skipped,seconds\r
                10-piled,1.1,Which?,a,false,2,false,7.3\r
                10-piled,1.2,Which?,,,0,false,\r
                10-piled,1.3,Which?,,,0,true,\r
                """, Files.readString(csv));

        Files.writeString(progress, "{\"gatelab\":\"progress\",\"lessons\":[]}");
        TraceCommandTest.Result bad = TraceCommandTest.run("lessons", "results", "--out", csv.toString(),
                "--progress", progress.toString(), "--lessons", folder.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("field \"lessons\" must be an object"), bad.err());
        assertTrue(Files.exists(progress), "only read, never set aside");
        TraceCommandTest.Result none = TraceCommandTest.run("lessons", "results", "--progress",
                progress.toString());
        assertEquals(2, none.exitCode(), "--out is required");
    }

    /** The bundled course passes its check whatever warnings it prints. */
    @Test
    void theBundledCoursePassesItsCheck() {
        TraceCommandTest.Result r = TraceCommandTest.run("lessons", "check");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains(" with problems (0 problems)"), r.out());
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
