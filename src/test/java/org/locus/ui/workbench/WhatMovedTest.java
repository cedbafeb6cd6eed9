package org.locus.ui.workbench;

import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.ui.KaribuTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What moved is more than ranks: the case cut a score from 8 to 4 and lost a finding at the same ranks. */
class WhatMovedTest extends KaribuTest {

    @Test
    void reportsScoreChangesAndFindingsGainedOrLostAsWellAsRanks() {
        Answers castellon = bean(CaseLibrary.class).find("castellon-ceramic-tiles").orElseThrow().answers();
        Diagnostician diagnostician = bean(Diagnostician.class);
        DiagnosisResult before = diagnostician.diagnose(castellon);
        DiagnosisResult after = diagnostician.diagnose(castellon.with("private-collective-action",
                Answer.number("private-collective-action", 1)));

        WhatMoved moved = WhatMoved.between(before, after);

        for (DiagnosisResult.RecommendationResult now : after.recommendations()) {
            before.recommendation(now.id()).filter(old -> old.score() != now.score()).ifPresent(old ->
                    assertThat(moved.scores()).anySatisfy(s -> {
                        assertThat(s.recommendation()).isEqualTo(now.id());
                        assertThat(s.describe()).startsWith("Score ").contains(" → ").endsWith(now.title());
                    }));
        }
        before.findings().stream().filter(f -> after.findings().stream().noneMatch(g -> g.id().equals(f.id())))
                .forEach(lost -> assertThat(moved.findings()).contains(
                        new WhatMoved.FindingChange(lost.id(), lost.title(), false)));
        after.findings().stream().filter(f -> before.findings().stream().noneMatch(g -> g.id().equals(f.id())))
                .forEach(gained -> assertThat(moved.findings()).contains(
                        new WhatMoved.FindingChange(gained.id(), gained.title(), true)));
        assertThat(moved.isEmpty()).isFalse();
        assertThat(WhatMoved.between(before, before).isEmpty()).isTrue();
    }
}
