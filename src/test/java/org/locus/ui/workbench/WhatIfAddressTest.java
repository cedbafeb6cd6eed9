package org.locus.ui.workbench;

import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.RuleBase;
import org.locus.ui.KaribuTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WhatIfAddressTest extends KaribuTest {

    @Test
    void aWhatIfGoesIntoTheAddressAndComesBackTheSame() {
        Answers reference = bean(CaseLibrary.class).find("castellon-ceramic-tiles").orElseThrow().answers();
        String removed = reference.facts().stream().map(a -> a.getQuestion())
                .filter(q -> !q.equals("cluster-present") && !q.equals("private-collective-action")).findFirst().orElseThrow();
        Answers changed = reference.with("private-collective-action", Answer.number("private-collective-action", 1))
                .with(removed, null).with("cluster-present", Answer.yesNo("cluster-present", false));

        List<String> address = WhatIfAddress.of(bean(RuleBase.class).questionnaire(), reference, changed);
        List<String> problems = new ArrayList<>();
        Answers back = WhatIfAddress.apply(address, reference, bean(AnswersReader.class), problems);

        assertThat(address).contains("private-collective-action:1", removed + ":unknown", "cluster-present:false");
        // answers that cluster-present=no makes inapplicable go, as they go from the workbench
        assertThat(back).isEqualTo(bean(AnswersReader.class).keepApplicable(changed));
        assertThat(problems).isEmpty();
        assertThat(WhatIfAddress.of(bean(RuleBase.class).questionnaire(), reference, reference)).isEmpty();
    }

    @Test
    void aBadChangeInTheAddressIsLeftOutAndSaid() {
        Answers reference = Answers.none();
        List<String> problems = new ArrayList<>();
        Answers back = WhatIfAddress.apply(List.of("private-collective-action:9", "atlantis:yes", "nonsense"),
                reference, bean(AnswersReader.class), problems);

        assertThat(back).isEqualTo(reference);
        assertThat(problems).hasSize(3);
        assertThat(String.join(" ", problems)).contains("private-collective-action").contains("atlantis")
                .contains("'nonsense' is not question:answer");
    }
}
