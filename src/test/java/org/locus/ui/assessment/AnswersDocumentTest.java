package org.locus.ui.assessment;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswersDocumentTest {

    private final AnswersReader reader = new AnswersReader(TestRuleBase.get().questionnaire());
    private final AnswersDocument document = new AnswersDocument(reader);

    @Test
    void whatIsWrittenReadsBackTheSameWithTheStrictReaderToo() {
        Answers answers = new Answers(List.of(Answer.yesNo("cluster-present", true),
                Answer.number("private-collective-action", 4), Answer.choice("firm-entry", "many-entries")));
        String written = AnswersDocument.write(answers);
        assertThat(reader.read(written)).isEqualTo(answers);
        assertThat(document.restore(written)).isEqualTo(new AnswersDocument.Restored(answers, List.of()));
    }

    @Test
    void aSavedDocumentKeepsTheAnswersThatStillFitAndNamesTheOthers() {
        AnswersDocument.Restored restored = document.restore("""
                {"answers": {"cluster-present": true, "a-question-since-removed": 3, "private-collective-action": 9}}""");
        assertThat(restored.answers()).isEqualTo(new Answers(List.of(Answer.yesNo("cluster-present", true))));
        assertThat(restored.dropped()).containsExactly("a-question-since-removed", "private-collective-action");
    }

    @Test
    void nothingSavedOrSomethingUnreadableRestoresNoAnswers() {
        assertThat(document.restore(null).answers()).isEqualTo(Answers.none());
        assertThat(document.restore("{not json").answers()).isEqualTo(Answers.none());
        assertThat(document.restore("[1, 2]").answers()).isEqualTo(Answers.none());
    }
}
