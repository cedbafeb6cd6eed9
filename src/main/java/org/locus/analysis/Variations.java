package org.locus.analysis;

import org.locus.diagnosis.Diagnostician;
import org.locus.diagnosis.Ranking;
import org.locus.diagnosis.RankingSession;
import org.locus.knowledge.RuleShape;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The engine rerun on variations of one region's answers, rankings only, in one session that moves from variation to
 * variation by changing only the answers that differ. Every single change is tried: each question,
 * each other answer, don't-know included. Pairs are tried where the rules say they may matter and a single change
 * does not already do it, up to a budget:
 * <ul>
 *   <li>a rule kept from firing by exactly two answers (its other conditions hold): both answers changed to ones it
 *   needs;</li>
 *   <li>two single changes that each move the same recommendation's score the same way without changing the top
 *   three: together they may.</li>
 * </ul>
 */
final class Variations {

    /** At most this many alternatives per question in a structural pair; more add runs, not insight. */
    private static final int ALTERNATIVES_PER_QUESTION_IN_PAIR = 2;

    /** A variation tried: the changed answers and the ranking they give. */
    record Trial(List<Alternatives.Alternative> changes, Ranking ranking) {
    }

    private final Diagnostician diagnostician;
    private final Alternatives alternatives;
    private final Answers base;
    private final Ranking baseRanking;
    private final List<Trial> singles = new ArrayList<>();
    private final Map<String, Trial> singleByChange = new HashMap<>();
    private final List<Trial> pairs = new ArrayList<>();
    private boolean pairsCapped;

    private Variations(Diagnostician diagnostician, Alternatives alternatives, Answers base, Ranking baseRanking) {
        this.diagnostician = diagnostician;
        this.alternatives = alternatives;
        this.base = base;
        this.baseRanking = baseRanking;
    }

    static Variations explore(Diagnostician diagnostician, Alternatives alternatives, Conditions conditions,
                              Answers base, Ranking baseRanking, int pairBudget) {
        Variations variations = new Variations(diagnostician, alternatives, base, baseRanking);
        try (RankingSession session = diagnostician.rankingSession()) {
            variations.trySingles(session);
            variations.tryPairs(session, conditions, pairBudget);
        }
        return variations;
    }

    Ranking baseRanking() {
        return baseRanking;
    }

    List<Trial> singles() {
        return singles;
    }

    List<Trial> pairs() {
        return pairs;
    }

    boolean pairsCapped() {
        return pairsCapped;
    }

    private void trySingles(RankingSession session) {
        for (Question question : diagnostician.ruleBase().questionnaire().questions()) {
            for (Alternatives.Alternative alternative : alternatives.of(question, base)) {
                Trial trial = new Trial(List.of(alternative), session.rank(apply(List.of(alternative))));
                singles.add(trial);
                singleByChange.put(key(alternative), trial);
            }
        }
    }

    private void tryPairs(RankingSession session, Conditions conditions, int budget) {
        Set<List<Alternatives.Alternative>> candidates = new LinkedHashSet<>();
        structuralPairs(conditions).forEach(candidates::add);
        additivePairs().forEach(candidates::add);
        for (List<Alternatives.Alternative> pair : candidates) {
            if (pairs.size() == budget) {
                pairsCapped = true;
                return;
            }
            pairs.add(new Trial(pair, session.rank(apply(pair))));
        }
    }

    private List<List<Alternatives.Alternative>> structuralPairs(Conditions conditions) {
        List<List<Alternatives.Alternative>> pairs = new ArrayList<>();
        RuleBase ruleBase = diagnostician.ruleBase();
        for (RuleBase.Rule rule : ruleBase.rules()) {
            if (conditions.fired(rule.name())) {
                continue;
            }
            conditions.unmetAnswerTestsOnly(rule).ifPresent(unmet -> {
                Map<String, List<RuleShape.AnswerTest>> byQuestion = unmet.stream()
                        .collect(Collectors.groupingBy(RuleShape.AnswerTest::question, LinkedHashMap::new, Collectors.toList()));
                if (byQuestion.size() != 2) {
                    return;
                }
                List<List<Alternatives.Alternative>> fixes = new ArrayList<>();
                byQuestion.forEach((question, tests) -> fixes.add(alternatives.of(ruleBase.questionnaire().require(question), base)
                        .stream().filter(a -> tests.stream().allMatch(t -> Conditions.satisfiedBy(t, a.answer())))
                        .filter(a -> !changesTopThree(a))
                        .limit(ALTERNATIVES_PER_QUESTION_IN_PAIR).toList()));
                for (Alternatives.Alternative first : fixes.get(0)) {
                    for (Alternatives.Alternative second : fixes.get(1)) {
                        pairs.add(pair(first, second));
                    }
                }
            });
        }
        return pairs;
    }

    private List<List<Alternatives.Alternative>> additivePairs() {
        List<String> top = baseRanking.top(Analysis.TOP);
        Map<String, List<Trial>> raising = new LinkedHashMap<>();
        Map<String, List<Trial>> lowering = new LinkedHashMap<>();
        for (Trial trial : singles) {
            if (!trial.ranking().top(Analysis.TOP).equals(top)) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>(baseRanking.scores().keySet());
            ids.addAll(trial.ranking().scores().keySet());
            for (String id : ids) {
                double delta = trial.ranking().scoreOf(id) - baseRanking.scoreOf(id);
                if (delta > 0 && !top.contains(id)) {
                    raising.computeIfAbsent(id, k -> new ArrayList<>()).add(trial);
                } else if (delta < 0 && top.contains(id)) {
                    lowering.computeIfAbsent(id, k -> new ArrayList<>()).add(trial);
                }
            }
        }
        List<List<Alternatives.Alternative>> pairs = new ArrayList<>();
        for (Map<String, List<Trial>> sameDirection : List.of(raising, lowering)) {
            for (List<Trial> trials : sameDirection.values()) {
                for (int i = 0; i < trials.size(); i++) {
                    for (int j = i + 1; j < trials.size(); j++) {
                        Alternatives.Alternative first = trials.get(i).changes().get(0);
                        Alternatives.Alternative second = trials.get(j).changes().get(0);
                        if (!first.question().id().equals(second.question().id())) {
                            pairs.add(pair(first, second));
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /** The two changes in questionnaire order, so that a pair found twice is tried once. */
    private List<Alternatives.Alternative> pair(Alternatives.Alternative a, Alternatives.Alternative b) {
        List<Question> questions = diagnostician.ruleBase().questionnaire().questions();
        return questions.indexOf(a.question()) <= questions.indexOf(b.question()) ? List.of(a, b) : List.of(b, a);
    }

    private boolean changesTopThree(Alternatives.Alternative alternative) {
        Trial single = singleByChange.get(key(alternative));
        return single != null && !single.ranking().top(Analysis.TOP).equals(baseRanking.top(Analysis.TOP));
    }

    private Answers apply(List<Alternatives.Alternative> changes) {
        Answers answers = base;
        for (Alternatives.Alternative change : changes) {
            answers = answers.with(change.question().id(), change.answer());
        }
        return diagnostician.ruleBase().questionnaire().keepApplicable(answers);
    }

    private static String key(Alternatives.Alternative alternative) {
        return alternative.question().id() + "=" + (alternative.answer() == null ? "" : alternative.answer().getValue());
    }
}
