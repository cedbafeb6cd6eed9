package org.locus.diagnosis;

import org.locus.engine.Inference;
import org.locus.explanation.Explainer;
import org.locus.explanation.TraceStep;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.Evidence;
import org.locus.knowledge.Finding;
import org.locus.knowledge.Situation;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Diagnoses one region: runs the rules on its answers, ranks the recommendations and explains everything. Thread-safe
 * and cheap to share; each call runs in its own engine session.
 *
 * <p>Ranking ({@link Ranking}): a recommendation's score is the sum of the weights of its evidence (each resting on a
 * finding; counter-evidence weighs negative). Only recommendations with a positive score are made. Higher score ranks
 * first; a tie goes to the recommendation resting on more findings, then to catalogue order, so the same answers always
 * give the same order.
 */
public final class Diagnostician {

    private final RuleBase ruleBase;

    public Diagnostician(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    public DiagnosisResult diagnose(Answers answers) {
        Inference inference = ruleBase.engine().infer(answers.facts());
        Explainer explainer = new Explainer(ruleBase, inference);
        return new DiagnosisResult(ruleBase.version(), situation(inference, explainer), findings(inference, explainer),
                recommendations(inference, explainer), unanswered(answers));
    }

    private Map<String, List<DiagnosisResult.SituationValue>> situation(Inference inference, Explainer explainer) {
        Map<String, List<DiagnosisResult.SituationValue>> situation = new LinkedHashMap<>();
        Catalogue catalogue = ruleBase.catalogue();
        for (Catalogue.SituationAspect aspect : catalogue.situations()) {
            List<DiagnosisResult.SituationValue> values = new ArrayList<>();
            for (Catalogue.SituationValue value : aspect.values()) {
                Situation fact = new Situation(aspect.id(), value.id());
                if (!explainer.justificationsOf(fact).isEmpty()) {
                    values.add(new DiagnosisResult.SituationValue(value.id(), value.label(), explainer.trace(fact)));
                }
            }
            situation.put(aspect.id(), List.copyOf(values));
        }
        return situation;
    }

    private List<DiagnosisResult.FindingResult> findings(Inference inference, Explainer explainer) {
        Set<String> found = inference.factsOf(Finding.class).stream().map(Finding::getId).collect(Collectors.toSet());
        return ruleBase.catalogue().findings().stream().filter(f -> found.contains(f.id()))
                .map(f -> new DiagnosisResult.FindingResult(f.id(), f.title(), f.summary(), f.concern(), f.section(),
                        f.cites(), explainer.trace(new Finding(f.id()))))
                .toList();
    }

    /**
     * Rankings alone, without explanations, for many variations of one region's answers: what the analyses compare.
     * The caller closes the session.
     */
    public RankingSession rankingSession() {
        return new RankingSession(ruleBase.engine().explore(), ruleBase.catalogue());
    }

    private List<DiagnosisResult.RecommendationResult> recommendations(Inference inference, Explainer explainer) {
        List<Evidence> evidence = inference.factsOf(Evidence.class);
        Map<String, List<Evidence>> byRecommendation = evidence.stream()
                .collect(Collectors.groupingBy(Evidence::getRecommendation, LinkedHashMap::new, Collectors.toList()));
        List<DiagnosisResult.RecommendationResult> results = new ArrayList<>();
        for (String id : Ranking.of(evidence, ruleBase.catalogue()).made()) {
            Candidate c = candidate(id, byRecommendation.get(id), explainer);
            Catalogue.RecommendationEntry entry = ruleBase.catalogue().requireRecommendation(c.id);
            results.add(new DiagnosisResult.RecommendationResult(c.id, results.size() + 1, c.score, entry.title(),
                    entry.summary(), entry.section(), entry.cites(), c.contributions, c.trace));
        }
        return List.copyOf(results);
    }

    private Candidate candidate(String id, List<Evidence> evidence, Explainer explainer) {
        List<DiagnosisResult.Contribution> contributions = new ArrayList<>();
        List<TraceStep> trace = new ArrayList<>();
        for (Evidence e : evidence) {
            String title = ruleBase.catalogue().finding(e.getFinding()).map(Catalogue.FindingEntry::title).orElse(e.getFinding());
            List<TraceStep> steps = explainer.trace(e);
            String rule = steps.isEmpty() ? null : steps.get(0).rule();
            contributions.add(new DiagnosisResult.Contribution(e.getFinding(), title, e.getWeight(), rule));
            trace.addAll(steps);
        }
        contributions.sort(Comparator.comparingInt((DiagnosisResult.Contribution c) -> -c.weight())
                .thenComparing(DiagnosisResult.Contribution::finding));
        int score = contributions.stream().mapToInt(DiagnosisResult.Contribution::weight).sum();
        return new Candidate(id, score, List.copyOf(contributions), List.copyOf(trace));
    }

    private List<String> unanswered(Answers answers) {
        return ruleBase.questionnaire().questions().stream().map(Question::id)
                .filter(id -> !answers.isAnswered(id)).toList();
    }

    private record Candidate(String id, int score, List<DiagnosisResult.Contribution> contributions,
                             List<TraceStep> trace) {
    }
}
