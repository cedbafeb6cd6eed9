package org.locus.diagnosis;

import org.locus.engine.Inference;
import org.locus.explanation.Explainer;
import org.locus.explanation.TraceStep;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.Finding;
import org.locus.knowledge.Situation;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.reasoning.Conclusion;
import org.locus.reasoning.Reasoner;
import org.locus.reasoning.Reasoning;
import org.locus.reasoning.Status;
import org.locus.rulebase.RuleBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Diagnoses one region: runs the rules on its answers, decides how firmly each conclusion stands ({@link Reasoner}),
 * orders the recommendations ({@link Ranking}) and explains everything. Thread-safe and cheap to share; each call runs
 * in its own engine session.
 */
public final class Diagnostician {

    private final RuleBase ruleBase;
    private final Reasoner reasoner;

    public Diagnostician(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.reasoner = new Reasoner(ruleBase);
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    public DiagnosisResult diagnose(Answers answers) {
        return diagnose(answers, reason(answers));
    }

    /** One engine run on the answers, and how firmly each of its conclusions stands. */
    public Reasoning reason(Answers answers) {
        Inference inference = ruleBase.engine().infer(answers.facts());
        return reasoner.reason(inference, answers);
    }

    /** The result document of answers already reasoned about, so that a caller who needs both runs the engine once. */
    public DiagnosisResult diagnose(Answers answers, Reasoning reasoning) {
        Explainer explainer = new Explainer(ruleBase, reasoning);
        Ranking ranking = Ranking.of(reasoning, ruleBase.catalogue());
        return new DiagnosisResult(ruleBase.version(), situation(reasoning, explainer), findings(reasoning, explainer),
                recommendations(reasoning, ranking, explainer), unanswered(answers));
    }

    /**
     * Rankings alone, without explanations, for many variations of one region's answers: what the analyses compare.
     * The caller closes the session.
     */
    public RankingSession rankingSession() {
        return new RankingSession(ruleBase.engine().explore(), reasoner, ruleBase.catalogue());
    }

    private Map<String, List<DiagnosisResult.SituationValue>> situation(Reasoning reasoning, Explainer explainer) {
        Map<String, List<DiagnosisResult.SituationValue>> situation = new LinkedHashMap<>();
        for (Catalogue.SituationAspect aspect : ruleBase.catalogue().situations()) {
            List<DiagnosisResult.SituationValue> values = new ArrayList<>();
            for (Catalogue.SituationValue value : aspect.values()) {
                Situation fact = new Situation(aspect.id(), value.id());
                reasoning.of(fact).ifPresent(c -> values.add(new DiagnosisResult.SituationValue(value.id(),
                        value.label(), c.status().id(), inQuestionnaireOrder(c.settledBy()), explainer.trace(fact))));
            }
            situation.put(aspect.id(), List.copyOf(values));
        }
        return situation;
    }

    private List<DiagnosisResult.FindingResult> findings(Reasoning reasoning, Explainer explainer) {
        List<DiagnosisResult.FindingResult> findings = new ArrayList<>();
        for (Catalogue.FindingEntry f : ruleBase.catalogue().findings()) {
            Finding fact = new Finding(f.id());
            reasoning.of(fact).ifPresent(c -> findings.add(new DiagnosisResult.FindingResult(f.id(), f.title(),
                    f.summary(), f.concern(), f.section(), f.cites(), c.status().id(),
                    inQuestionnaireOrder(c.settledBy()), new DiagnosisResult.Claim(f.claim().strength(), f.claim().note()),
                    explainer.trace(fact))));
        }
        return List.copyOf(findings);
    }

    private List<DiagnosisResult.RecommendationResult> recommendations(Reasoning reasoning, Ranking ranking,
                                                                        Explainer explainer) {
        Catalogue catalogue = ruleBase.catalogue();
        List<DiagnosisResult.RecommendationResult> results = new ArrayList<>();
        for (String id : ranking.made()) {
            Ranking.Scored scored = ranking.of(id).orElseThrow();
            Catalogue.RecommendationEntry entry = catalogue.requireRecommendation(id);
            List<DiagnosisResult.Contribution> contributions = new ArrayList<>();
            List<TraceStep> trace = new ArrayList<>();
            for (Ranking.Counted counted : scored.counted()) {
                String finding = counted.evidence().getFinding();
                List<TraceStep> steps = explainer.trace(counted.evidence());
                contributions.add(new DiagnosisResult.Contribution(finding, title(finding),
                        counted.evidence().getWeight(), counted.counted(),
                        reasoning.of(new Finding(finding)).map(c -> c.status().id()).orElse(Status.PROVISIONAL.id()),
                        counted.sameAnswersAs(), steps.isEmpty() ? null : steps.getFirst().rule()));
                trace.addAll(steps);
            }
            contributions.sort(Comparator.comparingDouble((DiagnosisResult.Contribution c) -> -c.counted())
                    .thenComparingInt(c -> -c.weight()).thenComparing(DiagnosisResult.Contribution::finding));
            Catalogue.Actor actor = catalogue.actor(entry.actor()).orElseThrow();
            results.add(new DiagnosisResult.RecommendationResult(id, results.size() + 1, scored.score(),
                    scored.status().id(), group(id), new DiagnosisResult.Actor(actor.id(), actor.label()),
                    entry.title(), entry.summary(), entry.section(), entry.cites(), List.copyOf(contributions),
                    scored.doubts(), entry.watch(), before(entry, ranking, reasoning), List.copyOf(trace)));
        }
        return List.copyOf(results);
    }

    private String group(String recommendation) {
        return switch (Ranking.group(recommendation, ruleBase.catalogue())) {
            case 0 -> "local";
            case 1 -> "higher";
            default -> "framing";
        };
    }

    /** What the chapter puts first and this region has: a recommendation made here, or a situation not yet settled. */
    private List<DiagnosisResult.Before> before(Catalogue.RecommendationEntry entry, Ranking ranking, Reasoning reasoning) {
        List<DiagnosisResult.Before> before = new ArrayList<>();
        for (String step : entry.after()) {
            if (step.startsWith("situation:")) {
                String aspect = step.substring("situation:".length());
                Catalogue.SituationAspect situation = ruleBase.catalogue().situation(aspect).orElseThrow();
                List<Conclusion> values = situation.values().stream()
                        .map(v -> reasoning.of(new Situation(aspect, v.id()))).flatMap(Optional::stream).toList();
                boolean settled = values.stream().anyMatch(Conclusion::established);
                if (!settled) {
                    List<String> questions = new ArrayList<>();
                    values.forEach(c -> questions.addAll(c.settledBy()));
                    before.add(new DiagnosisResult.Before("situation", aspect, situation.title(), null,
                            inQuestionnaireOrder(Set.copyOf(questions))));
                }
            } else if (ranking.rankOf(step) > 0) {
                before.add(new DiagnosisResult.Before("recommendation", step,
                        ruleBase.catalogue().requireRecommendation(step).title(), ranking.rankOf(step), List.of()));
            }
        }
        return List.copyOf(before);
    }

    private String title(String finding) {
        return ruleBase.catalogue().finding(finding).map(Catalogue.FindingEntry::title).orElse(finding);
    }

    private List<String> inQuestionnaireOrder(Set<String> questions) {
        return ruleBase.questionnaire().questions().stream().map(Question::id).filter(questions::contains).toList();
    }

    private List<String> unanswered(Answers answers) {
        return ruleBase.questionnaire().questions().stream().map(Question::id)
                .filter(id -> !answers.isAnswered(id)).toList();
    }
}
