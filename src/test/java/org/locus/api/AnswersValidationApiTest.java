package org.locus.api;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class AnswersValidationApiTest {

    private static final String VALIDATE = "/api/v1/answers/validate";

    @Autowired
    ApiClient api;
    @Autowired
    RuleBase ruleBase;
    @Autowired
    CaseLibrary cases;

    @Test
    void splitsTheQuestionsIntoAnsweredAndDontKnowInQuestionnaireOrder() {
        LibraryCase c = cases.cases().get(0);
        List<String> questions = ruleBase.questionnaire().questions().stream().map(Question::id).toList();

        ApiClient.Reply reply = api.postJson(VALIDATE, ApiClient.json(c.answers().toDocument()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().path("ruleBaseVersion").asString()).isEqualTo(ruleBase.version());
        List<String> answered = texts(reply.json().path("answered"));
        List<String> unanswered = texts(reply.json().path("unanswered"));
        assertThat(answered).hasSize(c.answers().size()).allMatch(c.answers()::isAnswered);
        assertThat(unanswered).noneMatch(c.answers()::isAnswered);
        assertThat(questions).containsSubsequence(answered).containsSubsequence(unanswered);
        assertThat(answered.size() + unanswered.size()).isEqualTo(questions.size());
    }

    @Test
    void countsUnknownAndNullAsDontKnow() {
        Question yesNo = ruleBase.questionnaire().questions().stream()
                .filter(q -> q.type() == AnswerType.YES_NO).findFirst().orElseThrow();
        Question other = ruleBase.questionnaire().questions().stream()
                .filter(q -> q != yesNo).findFirst().orElseThrow();
        String body = "{\"answers\": {\"" + yesNo.id() + "\": \"unknown\", \"" + other.id() + "\": null}}";

        ApiClient.Reply reply = api.postJson(VALIDATE, body);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("answered")).isEmpty();
        assertThat(texts(reply.json().path("unanswered"))).contains(yesNo.id(), other.id());
    }

    @Test
    void refusesBadAnswersWithTheErrorsADiagnosisGives() {
        String body = "{\"answers\": {\"no-such-question\": true}}";

        ApiClient.Reply validation = api.postJson(VALIDATE, body);
        ApiClient.Reply diagnosis = api.postJson("/api/v1/diagnoses", body);

        assertThat(validation.status()).isEqualTo(400);
        assertThat(validation.contentType()).startsWith("application/problem+json");
        assertThat(validation.pointers()).containsExactly("/answers/no-such-question");
        assertThat(validation.json().path("errors")).isEqualTo(diagnosis.json().path("errors"));
        assertThat(validation.json().path("instance").asString()).isEqualTo(VALIDATE);
    }

    @Test
    void refusesAnEmptyBody() {
        ApiClient.Reply reply = api.postJson(VALIDATE, "");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("detail").asString()).startsWith("The document is empty");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }
}
