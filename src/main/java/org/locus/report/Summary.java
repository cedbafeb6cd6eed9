package org.locus.report;

import org.locus.analysis.AnalysedDiagnosis;
import org.locus.analysis.Analysis;
import org.locus.analysis.NextQuestion;
import org.locus.analysis.RankChange;
import org.locus.analysis.Robustness;
import org.locus.analysis.WhatIf;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.knowledge.Catalogue;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a decision maker reads first, the same in the Markdown report and on the PDF brief's first page: the region,
 * when it was assessed and under which knowledge base, the situation in a few lines, the top recommendations by who
 * acts (each with a one-line reason, how firm it is and what would change it), and the questions to answer first.
 */
public record Summary(String region, String assessed, String knowledgeBase, int answered, int questions,
                      List<String> situation, List<ActorGroup> groups, List<String> questionsFirst) {

    /** The recommendations the summary names: the top three, as the analysis tests them. */
    public static final int TOP = Analysis.TOP;
    /** A first page has room for this many questions; the rest are in the body. */
    public static final int QUESTIONS_FIRST = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    /** The top recommendations one actor is asked to carry out. */
    public record ActorGroup(String actor, List<Top> recommendations) {
    }

    /**
     * One of the top recommendations in a few words.
     *
     * @param reason      the finding that weighs most for it, as a clause ("because growth is slow")
     * @param firmness    how firm: its robustness when analysed, and whether it is established
     * @param wouldChange the smallest change of answers that pushes it out, or that none does; {@code null} when the
     *                    document was not analysed
     */
    public record Top(String id, int rank, String title, String score, String reason, String firmness,
                      String wouldChange) {
    }

    public static Summary of(RuleBase ruleBase, DiagnosisDocument document, Subject subject, Instant assessedAt) {
        DiagnosisResult result = document.diagnosis();
        Analysis analysis = document instanceof AnalysedDiagnosis analysed ? analysed.analysis() : null;
        int total = ruleBase.questionnaire().questions().size();
        return new Summary(subject.title(), WHEN.format(assessedAt.atZone(ZoneOffset.UTC)), ruleBase.edition().name(),
                total - result.unanswered().size(), total, situation(ruleBase, result), groups(result, analysis),
                questionsFirst(ruleBase, result, analysis));
    }

    private static List<String> situation(RuleBase ruleBase, DiagnosisResult result) {
        List<String> lines = new ArrayList<>();
        result.situation().forEach((aspect, values) -> {
            if (values.isEmpty()) {
                return;
            }
            String title = ruleBase.catalogue().situation(aspect).map(Catalogue.SituationAspect::title).orElse(aspect);
            lines.add(title + ": " + String.join("; ", values.stream().map(v -> Words.lowerFirst(v.label())
                    + (v.status().equals("provisional") ? " (provisional)" : "")).toList()));
        });
        return lines;
    }

    private static List<ActorGroup> groups(DiagnosisResult result, Analysis analysis) {
        Map<String, List<Top>> byActor = new LinkedHashMap<>();
        for (DiagnosisResult.RecommendationResult r : top(result, analysis)) {
            byActor.computeIfAbsent(r.actor().label(), a -> new ArrayList<>()).add(new Top(r.id(), r.rank(), r.title(),
                    org.locus.diagnosis.Scores.text(r.score()), reason(r), firmness(r, analysis), wouldChange(r, analysis)));
        }
        return byActor.entrySet().stream().map(e -> new ActorGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    static List<DiagnosisResult.RecommendationResult> top(DiagnosisResult result, Analysis analysis) {
        if (analysis != null) {
            return analysis.topThree().stream().flatMap(id -> result.recommendation(id).stream()).toList();
        }
        return result.recommendations().stream().limit(TOP).toList();
    }

    private static String reason(DiagnosisResult.RecommendationResult r) {
        List<DiagnosisResult.Contribution> counted = r.contributions().stream().filter(c -> c.counted() > 0)
                .sorted(Comparator.comparingDouble(DiagnosisResult.Contribution::counted).reversed()).toList();
        if (counted.isEmpty()) {
            return "The chapter's framing conclusion for every place.";
        }
        String more = counted.size() == 1 ? "" : counted.size() == 2 ? ", and one more finding"
                : ", and " + (counted.size() - 1) + " more findings";
        return "Because " + Words.lowerFirst(counted.get(0).findingTitle()) + more + ".";
    }

    private static String firmness(DiagnosisResult.RecommendationResult r, Analysis analysis) {
        String status = r.established() ? "established on the answers given" : "provisional: it rests on questions not yet answered";
        Robustness robustness = analysis == null ? null : analysis.robustness().stream()
                .filter(x -> x.recommendation().equals(r.id())).findFirst().orElse(null);
        if (robustness == null) {
            return Words.upperFirst(status) + ".";
        }
        String count = switch (robustness.questions()) {
            case 0 -> "no single changed answer pushes it out of the top three";
            case 1 -> "one question could push it out of the top three";
            default -> robustness.questions() + " questions could each push it out of the top three";
        };
        return Words.upperFirst(robustness.label()) + " (" + count + "); " + status + ".";
    }

    private static String wouldChange(DiagnosisResult.RecommendationResult r, Analysis analysis) {
        if (analysis == null) {
            return null;
        }
        List<WhatIf> changes = analysis.robustness().stream().filter(x -> x.recommendation().equals(r.id()))
                .flatMap(x -> x.changes().stream()).toList();
        if (changes.isEmpty()) {
            return "No single changed answer would push it out.";
        }
        WhatIf first = changes.get(0);
        String effect = first.effects().stream().filter(e -> e.recommendation().equals(r.id())).map(RankChange::text)
                .findFirst().orElse("moves");
        return "If " + first.changes().get(0).describe() + ", it " + effect + "."
                + (changes.size() > 1 ? " " + (changes.size() - 1) + (changes.size() == 2 ? " other change does" : " other changes do") + " too." : "");
    }

    private static List<String> questionsFirst(RuleBase ruleBase, DiagnosisResult result, Analysis analysis) {
        if (analysis != null) {
            return analysis.nextQuestions().stream().limit(QUESTIONS_FIRST).map(NextQuestion::text).toList();
        }
        // without the analysis: what would settle the provisional findings the top recommendations rest on
        Set<String> ids = new LinkedHashSet<>();
        for (DiagnosisResult.RecommendationResult r : top(result, null)) {
            r.contributions().forEach(c -> result.finding(c.finding()).ifPresent(f -> ids.addAll(f.settledBy())));
        }
        return ids.stream().limit(QUESTIONS_FIRST)
                .map(id -> ruleBase.questionnaire().question(id).map(Question::text).orElse(id)).toList();
    }
}
