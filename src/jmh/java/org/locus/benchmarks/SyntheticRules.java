package org.locus.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated rules folder written in the real rules' patterns: situations from two answers, findings from a situation
 * and an answer or from two or three answers (some under {@code not}), evidence and counter-evidence from findings.
 * At scale 1 it has the size the real knowledge base is heading for (60 questions, about 100 rules, 20
 * recommendations); scale n multiplies every count by n, so the shapes and the proportions stay the same. Seeded, so
 * every run benchmarks the same rule base, and an answers document leaving a quarter of the questions don't-know.
 */
public final class SyntheticRules {

    private static final int VALUES_PER_SITUATION = 3;
    private static final double DONT_KNOW_SHARE = 0.25;

    private final int questions;
    private final int situations;
    private final int findings;
    private final int recommendations;
    private final int counterEvidence;

    private enum Type { YES_NO, SCALE, CHOICE, NUMBER }

    private final Random random = new Random(20070601);
    private final List<Type> types = new ArrayList<>();
    private final List<Integer> questionQueue = new ArrayList<>();
    private int rules;

    /** How the benchmark's answers are chosen. */
    public enum Answering {
        /** Random valid values: few rules fire, as for a region that fits few of the chapter's patterns. */
        RANDOM,
        /** The value the first rule reading each question asks for: many rules fire and many recommendations compete. */
        MATCHING
    }

    /** Answers that meet the first test on each question, for {@link Answering#MATCHING}. */
    private final Map<Integer, String> matchingValues = new LinkedHashMap<>();

    /** Writes questionnaire.yaml, catalogue.yaml and the .drl files into a temporary folder removed when the JVM exits. */
    public Path write() {
        try {
            Path folder = Files.createTempDirectory("locus-synthetic-rules");
            folder.toFile().deleteOnExit();
            writeTo(folder);
            try (var files = Files.list(folder)) {
                files.forEach(file -> file.toFile().deleteOnExit());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answers document: three quarters of the questions answered, the rest don't-know. Call after {@link #write}. */
    public String answers(Answering answering) {
        return answers(answering, questions);
    }

    /**
     * The answers document of a region asked only the first {@code asked} questions, three quarters of them answered:
     * on a larger rule base, the same region as on a smaller one.
     */
    public String answers(Answering answering, int asked) {
        Random random = new Random(42);
        StringBuilder json = new StringBuilder("{\"answers\": {");
        String separator = "";
        for (int q = 1; q <= Math.min(asked, questions); q++) {
            if (random.nextDouble() < DONT_KNOW_SHARE) {
                continue;
            }
            String value = answering == Answering.MATCHING && matchingValues.containsKey(q) ? matchingValues.get(q) : switch (types.get(q - 1)) {
                case YES_NO -> Boolean.toString(random.nextBoolean());
                case SCALE -> Integer.toString(1 + random.nextInt(5));
                case CHOICE -> "\"o" + (1 + random.nextInt(3)) + "\"";
                case NUMBER -> Integer.toString(random.nextInt(101));
            };
            json.append(separator).append('"').append(question(q)).append("\": ").append(value);
            separator = ", ";
        }
        return json.append("}}").toString();
    }

    private void defineTypes() {
        for (int q = 1; q <= questions; q++) {
            types.add(switch (q % 10) {
                case 0, 3, 6, 8 -> Type.YES_NO;
                case 1, 5 -> Type.SCALE;
                case 2, 7, 9 -> Type.CHOICE;
                default -> Type.NUMBER;
            });
        }
    }

    /** The rule base at scale 1: 60 questions, about 100 rules. */
    public SyntheticRules() {
        this(1);
    }

    public SyntheticRules(int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, got " + scale);
        }
        questions = 60 * scale;
        situations = 6 * scale;
        findings = 25 * scale;
        recommendations = 20 * scale;
        counterEvidence = 8 * scale;
        defineTypes();
    }

    /** The number of rules written; known after {@link #write}. */
    public int rules() {
        return rules;
    }

    private void writeTo(Path folder) throws IOException {
        Files.writeString(folder.resolve("questionnaire.yaml"), questionnaire());
        Files.writeString(folder.resolve("catalogue.yaml"), catalogue());
        Files.writeString(folder.resolve("synthetic.drl"), drl());
    }

    private String questionnaire() {
        StringBuilder yaml = new StringBuilder("sections:\n");
        for (int q = 1; q <= questions; q++) {
            if ((q - 1) % 10 == 0) {
                yaml.append("  - id: part-").append((q - 1) / 10 + 1).append("\n    title: Part\n    questions:\n");
            }
            yaml.append("      - id: ").append(question(q)).append("\n        text: Question ").append(q)
                    .append("?\n        help: Generated.\n        section: Part one\n");
            switch (types.get(q - 1)) {
                case YES_NO -> yaml.append("        type: yes-no\n");
                case SCALE -> yaml.append("        type: scale\n        scale: {low: low, high: high}\n");
                case CHOICE -> yaml.append("        type: choice\n        options:\n")
                        .append("          - {id: o1, label: One}\n          - {id: o2, label: Two}\n          - {id: o3, label: Three}\n");
                case NUMBER -> yaml.append("        type: number\n        unit: \"%\"\n        min: 0\n        max: 100\n");
            }
        }
        return yaml.toString();
    }

    private String catalogue() {
        StringBuilder yaml = new StringBuilder("sections:\n  - Part one\n\nactors:\n"
                + "  - {id: local-government, label: Local government, level: local}\n\nsituations:\n");
        for (int s = 1; s <= situations; s++) {
            yaml.append("  - id: aspect-").append(s).append("\n    title: Aspect ").append(s)
                    .append("\n    section: Part one\n    values:\n");
            for (int v = 1; v <= VALUES_PER_SITUATION; v++) {
                yaml.append("      - {id: v").append(v).append(", label: Value ").append(v).append("}\n");
            }
        }
        yaml.append("\nfindings:\n");
        for (int f = 1; f <= findings; f++) {
            yaml.append("  - {id: finding-").append(f).append(", title: Finding ").append(f)
                    .append(", summary: Generated., concern: generated, section: Part one, claim: {strength: argued, note: Generated.}}\n");
        }
        yaml.append("\nrecommendations:\n");
        for (int r = 1; r <= recommendations; r++) {
            yaml.append("  - {id: rec-").append(r).append(", title: Recommendation ").append(r)
                    .append(", summary: Generated., section: Part one, actor: local-government, watch: [Generated]}\n");
        }
        return yaml.toString();
    }

    private String drl() {
        StringBuilder drl = new StringBuilder("""
                package org.locus.rules;

                import org.locus.knowledge.Answer;
                import org.locus.knowledge.Situation;
                import org.locus.knowledge.Finding;
                import org.locus.knowledge.Evidence;

                """);
        for (int s = 1; s <= situations; s++) {
            for (int v = 1; v <= VALUES_PER_SITUATION; v++) {
                rule(drl, List.of(answerTest(), answerTest()), "new Situation(\"aspect-" + s + "\", \"v" + v + "\")");
            }
        }
        for (int f = 1; f <= findings; f++) {
            int routes = 1 + random.nextInt(2);
            for (int route = 0; route < routes; route++) {
                List<String> conditions = new ArrayList<>();
                if (random.nextBoolean()) {
                    conditions.add("Situation(aspect == \"aspect-" + (1 + random.nextInt(situations)) + "\", value == \"v"
                            + (1 + random.nextInt(VALUES_PER_SITUATION)) + "\")");
                    conditions.add(answerTest());
                } else {
                    conditions.add(answerTest());
                    conditions.add(answerTest());
                    if (random.nextInt(3) == 0) {
                        conditions.add("not " + answerTest());
                    }
                }
                rule(drl, conditions, "new Finding(\"finding-" + f + "\")");
            }
        }
        Map<Integer, Integer> supported = new LinkedHashMap<>();
        for (int r = 1; r <= recommendations; r++) {
            int finding = 1 + (r - 1) % findings;
            evidence(drl, r, finding, 2 + random.nextInt(4));
            supported.put(r, finding);
            if (random.nextBoolean()) {
                evidence(drl, r, 1 + random.nextInt(findings), 1 + random.nextInt(3));
            }
        }
        for (int f = recommendations + 1; f <= findings; f++) {
            evidence(drl, 1 + random.nextInt(recommendations), f, 2 + random.nextInt(3));
        }
        for (int c = 0; c < counterEvidence; c++) {
            int r = 1 + random.nextInt(recommendations);
            int finding;
            do {
                finding = 1 + random.nextInt(findings);
            } while (finding == supported.get(r));
            evidence(drl, r, finding, -(2 + random.nextInt(2)));
        }
        return drl.toString();
    }

    private void evidence(StringBuilder drl, int recommendation, int finding, int weight) {
        rule(drl, List.of("Finding(id == \"finding-" + finding + "\")"),
                "new Evidence(\"rec-" + recommendation + "\", \"finding-" + finding + "\", " + weight + ")");
    }

    private void rule(StringBuilder drl, List<String> conditions, String fact) {
        rules++;
        drl.append("rule \"Rule ").append(rules).append("\"\n    @description(\"Generated\")\n    @section(\"Part one\")\nwhen\n");
        conditions.forEach(c -> drl.append("    ").append(c).append('\n'));
        drl.append("then\n    insertLogical(").append(fact).append(");\nend\n\n");
    }

    /** A test on the next question in a shuffled round, so that every question is read by some rule. */
    private String answerTest() {
        if (questionQueue.isEmpty()) {
            for (int q = 1; q <= questions; q++) {
                questionQueue.add(q);
            }
            java.util.Collections.shuffle(questionQueue, random);
        }
        int q = questionQueue.remove(questionQueue.size() - 1);
        String id = question(q);
        switch (types.get(q - 1)) {
            case YES_NO -> {
                boolean yes = random.nextBoolean();
                matchingValues.putIfAbsent(q, Boolean.toString(yes));
                return "Answer(question == \"" + id + "\", value == \"" + (yes ? "yes" : "no") + "\")";
            }
            case SCALE -> {
                boolean atLeast = random.nextBoolean();
                int threshold = 2 + random.nextInt(3);
                matchingValues.putIfAbsent(q, Integer.toString(threshold));
                return "Answer(question == \"" + id + "\", number " + (atLeast ? ">= " : "<= ") + threshold + ")";
            }
            case CHOICE -> {
                int option = 1 + random.nextInt(3);
                matchingValues.putIfAbsent(q, "\"o" + option + "\"");
                return "Answer(question == \"" + id + "\", value == \"o" + option + "\")";
            }
            default -> {
                int threshold = 20 * (1 + random.nextInt(4));
                matchingValues.putIfAbsent(q, Integer.toString(threshold));
                return "Answer(question == \"" + id + "\", number >= " + threshold + ")";
            }
        }
    }

    private static String question(int q) {
        return String.format("q%03d", q);
    }
}
