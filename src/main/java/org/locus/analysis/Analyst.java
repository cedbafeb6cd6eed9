package org.locus.analysis;

import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.diagnosis.Ranking;
import org.locus.diagnosis.Scores;
import org.locus.reasoning.Conclusion;
import org.locus.reasoning.Reasoning;
import org.locus.knowledge.Answer;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.Evidence;
import org.locus.knowledge.RuleShape;
import org.locus.questionnaire.AnswerText;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Analyses a diagnosis beyond its trace: why not, what if, which question next, how robust. Thread-safe and cheap to
 * share, like the {@link Diagnostician} it wraps: it reuses the compiled rule base and reruns the engine on variations
 * of the answers for rankings only, never explaining them.
 */
public final class Analyst {

    /** Pairs of changes tried at most; singles are always all tried. */
    public static final int PAIR_BUDGET = 150;
    /** Engine-confirmed changes listed at most under each why-not. */
    private static final int CHANGES_PER_WHY_NOT = 5;

    private final Diagnostician diagnostician;
    private final RuleBase ruleBase;
    private final Alternatives alternatives;

    public Analyst(Diagnostician diagnostician) {
        this.diagnostician = diagnostician;
        this.ruleBase = diagnostician.ruleBase();
        this.alternatives = new Alternatives(ruleBase);
    }

    /** The diagnosis of these answers with its analysis, from one run of the engine on them. */
    public AnalysedDiagnosis analyse(Answers answers) {
        Reasoning reasoning = diagnostician.reason(answers);
        return new AnalysedDiagnosis(diagnostician.diagnose(answers, reasoning), analysis(answers, reasoning));
    }

    /** The analysis alone. */
    public Analysis analysis(Answers answers) {
        return analysis(answers, diagnostician.reason(answers));
    }

    private Analysis analysis(Answers answers, Reasoning reasoning) {
        Ranking ranking = Ranking.of(reasoning, ruleBase.catalogue());
        Conditions conditions = new Conditions(ruleBase, answers, reasoning);
        Variations variations = Variations.explore(diagnostician, alternatives, conditions, answers, ranking, PAIR_BUDGET);
        List<WhatIf> singles = whatIfs(variations.singles(), answers, ranking);
        List<WhatIf> pairs = whatIfs(variations.pairs(), answers, ranking);
        List<WhatIf> whatIf = new ArrayList<>(singles);
        whatIf.addAll(pairs);
        return new Analysis(ranking.top(Analysis.TOP), robustness(ranking, singles), List.copyOf(whatIf),
                nextQuestions(variations, answers, ranking), whyNot(reasoning, ranking, conditions, whatIf),
                new Analysis.Extent(variations.singles().size(), variations.pairs().size(), variations.pairsCapped()));
    }

    /** Why one recommendation is not in the top three; empty when it is. */
    public Optional<WhyNot> whyNot(Answers answers, String recommendation) {
        ruleBase.catalogue().requireRecommendation(recommendation);
        return analysis(answers).whyNot().stream().filter(w -> w.recommendation().equals(recommendation)).findFirst();
    }

    private List<WhatIf> whatIfs(List<Variations.Trial> trials, Answers answers, Ranking ranking) {
        List<WhatIf> whatIfs = new ArrayList<>();
        for (Variations.Trial trial : trials) {
            List<RankChange> effects = TopThree.effects(ranking, trial.ranking(), ruleBase.catalogue());
            if (!effects.isEmpty()) {
                whatIfs.add(new WhatIf(trial.changes().stream().map(c -> change(c, answers)).toList(), effects));
            }
        }
        // the biggest upsets first; among equals, questionnaire order (the sort is stable)
        whatIfs.sort(Comparator.comparingInt((WhatIf w) -> -w.effects().size()));
        return List.copyOf(whatIfs);
    }

    private AnswerChange change(Alternatives.Alternative alternative, Answers answers) {
        Question question = alternative.question();
        Answer current = answers.get(question.id()).orElse(null);
        return new AnswerChange(question.id(), question.text(), question.section(),
                current == null ? AnswersReader.UNKNOWN : current.documentValue(),
                current == null ? Alternatives.DONT_KNOW : AnswerText.of(question, current),
                alternative.isDontKnow() ? AnswersReader.UNKNOWN : alternative.answer().documentValue(), alternative.text());
    }

    private List<Robustness> robustness(Ranking ranking, List<WhatIf> singles) {
        List<Robustness> robustness = new ArrayList<>();
        List<String> top = ranking.top(Analysis.TOP);
        for (int i = 0; i < top.size(); i++) {
            String id = top.get(i);
            List<WhatIf> pushing = singles.stream().filter(w -> w.pushesOut(id)).toList();
            int questions = (int) pushing.stream().map(w -> w.changes().get(0).question()).distinct().count();
            robustness.add(new Robustness(id, title(id), i + 1, Robustness.label(questions), questions, pushing));
        }
        return List.copyOf(robustness);
    }

    private List<NextQuestion> nextQuestions(Variations variations, Answers answers, Ranking ranking) {
        Map<Question, List<NextQuestion.PossibleAnswer>> byQuestion = new LinkedHashMap<>();
        for (Variations.Trial trial : variations.singles()) {
            Alternatives.Alternative alternative = trial.changes().get(0);
            if (!answers.isAnswered(alternative.question().id())) {
                byQuestion.computeIfAbsent(alternative.question(), q -> new ArrayList<>())
                        .add(new NextQuestion.PossibleAnswer(alternative.answer().documentValue(), alternative.text(),
                                TopThree.effects(ranking, trial.ranking(), ruleBase.catalogue())));
            }
        }
        List<NextQuestion> next = new ArrayList<>();
        byQuestion.forEach((question, possible) -> {
            int impact = possible.stream().mapToInt(p -> p.effects().size()).max().orElse(0);
            if (impact > 0) {
                next.add(new NextQuestion(question.id(), question.text(), question.section(), impact, List.copyOf(possible)));
            }
        });
        // most telling first: the biggest possible change, then the most answers that change anything
        next.sort(Comparator.comparingInt((NextQuestion q) -> -q.impact())
                .thenComparingLong(q -> -q.answers().stream().filter(p -> !p.effects().isEmpty()).count()));
        return List.copyOf(next);
    }

    private List<WhyNot> whyNot(Reasoning reasoning, Ranking ranking, Conditions conditions, List<WhatIf> whatIf) {
        List<String> top = ranking.top(Analysis.TOP);
        double thirdScore = top.size() == Analysis.TOP ? ranking.scoreOf(top.get(Analysis.TOP - 1)) : 0;
        List<WhyNot> whyNot = new ArrayList<>();
        for (Catalogue.RecommendationEntry entry : ruleBase.catalogue().recommendations()) {
            String id = entry.id();
            if (top.contains(id)) {
                continue;
            }
            int rank = ranking.rankOf(id);
            double score = ranking.scoreOf(id);
            String status = rank == 0 ? notMade(ranking.of(id).orElse(null), score)
                    : "ranked " + rank + " with score " + Scores.text(score) + (rank > Analysis.TOP && Ranking.group(id,
                    ruleBase.catalogue()) > Ranking.group(top.getLast(), ruleBase.catalogue())
                    ? ", among what is asked of higher levels or the chapter's framing conclusion, listed after what local actors can do"
                    : score < thirdScore ? ", below the third (score " + Scores.text(thirdScore) + ")"
                    : ", tied with the third, which wins the tie-break");
            whyNot.add(new WhyNot(id, entry.title(), entry.section(), rank == 0 ? null : rank, score, status,
                    counterEvidence(id, reasoning), missingSupport(id, conditions),
                    whatIf.stream().filter(w -> w.bringsIn(id)).limit(CHANGES_PER_WHY_NOT).toList()));
        }
        return List.copyOf(whyNot);
    }

    /** Why a recommendation is not made, in words: ruled out, not deliverable here, or outweighed. */
    private String notMade(Ranking.Scored scored, double score) {
        if (scored != null && scored.ruledOutBy() != null) {
            return "not made: ruled out, because " + lowerFirst(scored.ruledOutBy().because());
        }
        if (scored != null && scored.unmet() != null) {
            return "not made: not deliverable here, because it needs " + scored.unmet().because();
        }
        return "not made" + (score < 0 ? " (score " + Scores.text(score)
                + ": the evidence against outweighs the evidence for it)" : "");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private List<WhyNot.Counter> counterEvidence(String recommendation, Reasoning reasoning) {
        List<WhyNot.Counter> counters = new ArrayList<>();
        for (Conclusion derivation : reasoning.conclusions()) {
            if (derivation.fact() instanceof Evidence e && e.getRecommendation().equals(recommendation) && e.getWeight() < 0) {
                String rule = derivation.supports().isEmpty() ? null : derivation.supports().get(0).rule();
                String section = rule == null ? null : ruleBase.rule(rule).map(r -> r.info().section()).orElse(null);
                counters.add(new WhyNot.Counter(e.getFinding(), findingTitle(e.getFinding()), e.getWeight(), rule, section));
            }
        }
        return List.copyOf(counters);
    }

    private List<WhyNot.Support> missingSupport(String recommendation, Conditions conditions) {
        List<WhyNot.Support> missing = new ArrayList<>();
        for (RuleBase.Rule rule : ruleBase.rules()) {
            if (conditions.fired(rule.name())) {
                continue;
            }
            for (RuleShape.Derived derived : rule.shape().derives()) {
                if (derived.kind().equals("evidence") && recommendation.equals(derived.id()) && derived.weight() > 0) {
                    missing.add(new WhyNot.Support(derived.basis(), findingTitle(derived.basis()), derived.weight(),
                            conditions.check(rule)));
                }
            }
        }
        return List.copyOf(missing);
    }

    private String title(String recommendation) {
        return ruleBase.catalogue().recommendation(recommendation).map(Catalogue.RecommendationEntry::title).orElse(recommendation);
    }

    private String findingTitle(String finding) {
        return ruleBase.catalogue().finding(finding).map(Catalogue.FindingEntry::title).orElse(finding);
    }
}
