package org.locus.ui.assessment;

import com.vaadin.flow.function.SerializableConsumer;
import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentAssessmentTest {

    /** A browser store that answers when the test says so, as the real browser answers after a round trip. */
    static final class FakeStore implements AnswersStore {
        String saved;
        SerializableConsumer<String> pendingRead;

        @Override
        public void read(SerializableConsumer<String> whenRead) {
            pendingRead = whenRead;
        }

        @Override
        public void write(String document) {
            saved = document;
        }

        void answerRead() {
            pendingRead.accept(saved);
        }
    }

    private final AnswersReader reader = new AnswersReader(TestRuleBase.get().questionnaire());

    @Test
    void restoresWhatTheBrowserSavedAndTellsTheListeners() {
        FakeStore store = new FakeStore();
        store.saved = "{\"answers\": {\"cluster-present\": true, \"gone\": 1}}";
        CurrentAssessment assessment = new CurrentAssessment(store, reader);
        List<CurrentAssessment.Change> changes = new ArrayList<>();
        assessment.addChangeListener(changes::add);

        store.answerRead();

        assertThat(assessment.answers()).isEqualTo(new Answers(List.of(Answer.yesNo("cluster-present", true))));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.origin()).isEqualTo(CurrentAssessment.Origin.RESTORE);
            assertThat(c.dropped()).containsExactly("gone");
        });
    }

    @Test
    void everyChangeIsSavedAtOnce() {
        FakeStore store = new FakeStore();
        CurrentAssessment assessment = new CurrentAssessment(store, reader);
        assessment.answer("cluster-present", Answer.yesNo("cluster-present", false));
        assertThat(reader.read(store.saved).get("cluster-present")).contains(Answer.yesNo("cluster-present", false));

        assessment.answer("cluster-present", null);
        assertThat(reader.read(store.saved)).isEqualTo(Answers.none());
    }

    @Test
    void anAnswerGivenBeforeTheBrowserRepliesIsNotOverwrittenByTheOldOnes() {
        FakeStore store = new FakeStore();
        store.saved = "{\"answers\": {\"cluster-present\": true}}";
        CurrentAssessment assessment = new CurrentAssessment(store, reader);
        assessment.answer("firm-entry", Answer.choice("firm-entry", "stable"));

        store.pendingRead.accept("{\"answers\": {\"cluster-present\": true}}");

        assertThat(assessment.answers()).isEqualTo(new Answers(List.of(Answer.choice("firm-entry", "stable"))));
    }
}
