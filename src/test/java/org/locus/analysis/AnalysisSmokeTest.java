package org.locus.analysis;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.locus.TestRuleBase;
import org.locus.cases.CaseLibrary;
import org.locus.cases.CaseReader;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.diagnosis.RankingSession;
import org.locus.engine.Exploration;
import org.locus.engine.Inference;
import org.locus.engine.InferenceEngine;
import org.locus.engine.RuleInfo;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Question;
import org.locus.rulebase.Folders;
import org.locus.rulebase.RuleBase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyses on the real {@code rules/} and every case in {@code cases/} (and on no answers at all): whatever the
 * rules say, what the analysis claims must be what the engine does.
 */
class AnalysisSmokeTest {

    private static final Diagnostician DIAGNOSTICIAN = TestRuleBase.diagnostician();
    private static final Analyst ANALYST = new Analyst(DIAGNOSTICIAN);

    @TestFactory
    Stream<DynamicTest> everyCaseAndNoAnswersAtAll() {
        Map<String, Answers> regions = new java.util.LinkedHashMap<>();
        regions.put("no answers", Answers.none());
        CaseLibrary.read(new CaseReader(TestRuleBase.get()), Folders.fromDirectory(Path.of("cases"))).cases()
                .forEach(c -> regions.put(c.id(), c.answers()));
        return regions.entrySet().stream().flatMap(region -> Stream.of(
                DynamicTest.dynamicTest(region.getKey() + ": the open session derives and ranks every variation as a fresh run does",
                        () -> sessionRanksAsFreshDiagnosis(region.getValue())),
                DynamicTest.dynamicTest(region.getKey() + ": every claim of the analysis holds",
                        () -> claimsHold(region.getValue()))));
    }

    private static void sessionRanksAsFreshDiagnosis(Answers answers) {
        RuleBase ruleBase = TestRuleBase.get();
        Alternatives alternatives = new Alternatives(ruleBase);
        List<Answers> variations = new ArrayList<>();
        for (Question question : ruleBase.questionnaire().questions()) {
            alternatives.of(question, answers).forEach(a -> variations.add(answers.with(question.id(), a.answer())));
        }
        variations.add(answers);
        try (RankingSession session = DIAGNOSTICIAN.rankingSession()) {
            for (Answers variation : variations) {
                assertThat(session.rank(variation).made()).as("ranking of %s", variation)
                        .isEqualTo(DIAGNOSTICIAN.diagnose(variation).recommendationIds());
            }
        }
        InferenceEngine fresh = ruleBase.engine();
        InferenceEngine withoutSession = new InferenceEngine() {
            @Override
            public Inference infer(Collection<Answer> given) {
                return fresh.infer(given);
            }

            @Override
            public List<RuleInfo> rules() {
                return fresh.rules();
            }
        };
        try (Exploration open = fresh.explore(); Exploration fallback = withoutSession.explore()) {
            for (Answers variation : variations) {
                assertThat(derivations(open.derive(variation.facts())))
                        .isEqualTo(derivations(fallback.derive(variation.facts())));
            }
        }
    }

    /** Each derived fact with the set of its justifications: the order in which the engine lists them may differ. */
    private static Map<Object, java.util.Set<Inference.Justification>> derivations(Inference inference) {
        Map<Object, java.util.Set<Inference.Justification>> derivations = new java.util.HashMap<>();
        inference.derivations().forEach(d -> derivations.put(d.fact(), new HashSet<>(d.justifications())));
        return derivations;
    }

    private static void claimsHold(Answers answers) {
        AnalysedDiagnosis analysed = ANALYST.analyse(answers);
        DiagnosisResult result = analysed.diagnosis();
        Analysis analysis = analysed.analysis();
        List<String> top = result.recommendationIds().stream().limit(Analysis.TOP).toList();
        assertThat(analysis.topThree()).isEqualTo(top);

        AnswersReader reader = new AnswersReader(TestRuleBase.get().questionnaire());
        for (WhatIf whatIf : analysis.whatIf()) {
            Answers changed = answers;
            for (AnswerChange change : whatIf.changes()) {
                changed = change.applyTo(changed, reader);
            }
            List<String> after = DIAGNOSTICIAN.diagnose(changed).recommendationIds();
            assertThat(after.stream().limit(Analysis.TOP).toList()).as("top three after %s", whatIf.changes()).isNotEqualTo(top);
            for (RankChange effect : whatIf.effects()) {
                int rank = after.indexOf(effect.recommendation()) + 1;
                assertThat(effect.toRank()).as("%s after %s", effect.recommendation(), whatIf.changes())
                        .isEqualTo(rank == 0 ? null : rank);
            }
        }

        assertThat(analysis.nextQuestions()).allSatisfy(next -> {
            assertThat(answers.isAnswered(next.question())).isFalse();
            assertThat(next.impact()).isPositive();
        });
        assertThat(analysis.robustness()).extracting(Robustness::recommendation).isEqualTo(top);
        assertThat(analysis.robustness()).allSatisfy(r -> {
            assertThat(r.label()).isEqualTo(Robustness.label(r.questions()));
            assertThat(r.changes()).allMatch(w -> w.changes().size() == 1 && w.pushesOut(r.recommendation()));
        });

        List<String> outside = TestRuleBase.get().catalogue().recommendations().stream()
                .map(e -> e.id()).filter(id -> !top.contains(id)).toList();
        assertThat(analysis.whyNot()).extracting(WhyNot::recommendation).isEqualTo(outside);
        assertThat(analysis.whyNot()).allSatisfy(whyNot -> {
            assertThat(whyNot.wouldBringIn()).allMatch(w -> w.bringsIn(whyNot.recommendation()));
            whyNot.missingSupport().forEach(support -> readable(support.rule()));
        });
    }

    /** Every obstacle is one the static reading understands and cites a section; no rule is beyond it. */
    private static void readable(WhyNot.RuleCheck check) {
        assertThat(check.obstacles()).as("obstacles of rule %s", check.rule()).isNotEmpty().allSatisfy(obstacle -> {
            assertThat(obstacle.kind()).as("rule %s: %s", check.rule(), obstacle.text()).isNotEqualTo("unread");
            assertThat(obstacle.section()).isNotBlank();
            obstacle.wouldNeed().forEach(AnalysisSmokeTest::readable);
            assertThat(obstacle.kind().equals("none-of")).as("alternatives only in a none-of")
                    .isEqualTo(!obstacle.alternatives().isEmpty());
        });
    }
}
