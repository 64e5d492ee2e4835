package org.gatelab.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a glossary file: an introduction, then one entry per level-2 heading {@code ## id: Term} followed by its
 * explanation. Every problem is reported with its line, as for a lesson: a heading without an id, an id used
 * twice, an entry without words, maths JLaTeXMath cannot set, a link to a term that is not there.
 */
public final class GlossaryParser {
    private static final Pattern HEADING = Pattern.compile("## +([a-z][a-z0-9-]{0,47}): *(\\S.*)");

    private GlossaryParser() {
    }

    /** The glossary, or null when there were problems; and the problems, by line. */
    public record Result(Glossary glossary, List<LessonProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private static final class Draft {
        final String id;
        final String term;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<Integer> lines = new ArrayList<>();

        Draft(String id, String term, int line) {
            this.id = id;
            this.term = term;
            this.line = line;
        }
    }

    /** Parses {@code text}; {@code name} is how messages name the file. */
    public static Result parse(String text, String name) {
        List<LessonProblem> problems = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Draft current = null;
        List<String> lines = text.lines().toList();
        boolean fence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int no = i + 1;
            if (line.strip().startsWith("```")) {
                fence = !fence;
            }
            if (!fence && line.startsWith("## ")) {
                Matcher m = HEADING.matcher(line.strip());
                if (!m.matches()) {
                    problems.add(new LessonProblem(name, no, "a glossary entry starts with \"## id: Term\", e.g. "
                            + "\"## spectral-radius: Spectral radius\" (the id in lower case, digits and -)"));
                    current = null;
                    continue;
                }
                String id = m.group(1);
                if (seen.containsKey(id)) {
                    problems.add(new LessonProblem(name, no, "\"" + id + "\" is already an entry (line "
                            + seen.get(id) + ")"));
                }
                seen.putIfAbsent(id, no);
                current = new Draft(id, m.group(2).strip(), no);
                drafts.add(current);
                continue;
            }
            if (current != null) {
                current.text.append(line).append('\n');
                current.lines.add(no);
            }
        }
        if (drafts.isEmpty()) {
            problems.add(new LessonProblem(name, 1, "a glossary needs at least one \"## id: Term\" entry"));
        }
        List<String> ids = drafts.stream().map(d -> d.id).distinct().toList();
        List<Glossary.Entry> entries = new ArrayList<>();
        for (Draft d : drafts) {
            String body = d.text.toString().strip();
            if (body.isEmpty()) {
                problems.add(new LessonProblem(name, d.line, "\"" + d.id + "\" has no explanation"));
            }
            TextChecks.check(d.text.toString(), k -> k < d.lines.size() ? d.lines.get(k) : d.line, ids,
                    (line, message) -> problems.add(new LessonProblem(name, line, message)));
            entries.add(new Glossary.Entry(d.id, d.term, body, d.line));
        }
        problems.sort(java.util.Comparator.comparingInt(LessonProblem::line));
        return new Result(problems.isEmpty() ? new Glossary(entries) : null, problems);
    }
}
