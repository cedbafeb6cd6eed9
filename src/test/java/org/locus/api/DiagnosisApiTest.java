package org.locus.api;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class DiagnosisApiTest {

    private static final String DIAGNOSES = "/api/v1/diagnoses";

    @Autowired
    ApiClient api;
    @Autowired
    RuleBase ruleBase;
    @Autowired
    CaseLibrary cases;
    @Autowired
    Diagnostician diagnostician;

    private LibraryCase someCase() {
        return cases.cases().get(0);
    }

    private Question first(AnswerType type) {
        return ruleBase.questionnaire().questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    @Test
    void diagnosesAnAnswersDocumentAsTheDiagnosticianDoes() {
        LibraryCase c = someCase();
        DiagnosisResult expected = diagnostician.diagnose(c.answers());

        ApiClient.Reply reply = api.postJson(DIAGNOSES, ApiClient.json(c.answers().toDocument()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json()).isEqualTo(ApiClient.tree(expected));
        assertThat(reply.json().path("ruleBaseVersion").asString()).isEqualTo(ruleBase.version());
        assertThat(reply.json().path("recommendations")).isNotEmpty();
    }

    @Test
    void answersNothingAsAllDontKnow() {
        ApiClient.Reply reply = api.postJson(DIAGNOSES, "{\"answers\": {}}", "Accept", "*/*");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().path("unanswered")).hasSize(ruleBase.questionnaire().questions().size());
    }

    @Test
    void addsTheAnalysisOnlyWhenAsked() {
        LibraryCase c = someCase();
        String document = ApiClient.json(c.answers().toDocument());

        JsonNode plain = api.postJson(DIAGNOSES, document).json();
        JsonNode explained = api.postJson(DIAGNOSES + "?explain=true", document).json();

        assertThat(plain.has("analysis")).isFalse();
        JsonNode analysis = explained.path("analysis");
        assertThat(analysis.path("topThree")).hasSizeLessThanOrEqualTo(3);
        assertThat(analysis.path("topThree").get(0).asString()).isEqualTo(plain.path("recommendations").get(0).path("id").asString());
        assertThat(analysis.path("robustness")).hasSize(analysis.path("topThree").size());
        assertThat(analysis.path("extent").path("singleChanges").asInt()).isPositive();
        assertThat(explained.path("recommendations")).isEqualTo(plain.path("recommendations"));
    }

    @Test
    void writesMarkdownOnRequest() {
        LibraryCase c = someCase();
        DiagnosisResult expected = diagnostician.diagnose(c.answers());

        ApiClient.Reply reply = api.postJson(DIAGNOSES, ApiClient.json(c.answers().toDocument()), "Accept", "text/markdown");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/markdown");
        assertThat(reply.body()).startsWith("# A region not named\n\nA brief from Locus, assessed ")
                .contains("## Summary")
                .contains("## Recommendations")
                .contains(expected.recommendations().get(0).title());
    }

    @Test
    void pointsAtEveryBadAnswer() {
        Question yesNo = first(AnswerType.YES_NO);
        Question number = first(AnswerType.NUMBER);
        Question choice = first(AnswerType.CHOICE);
        Question scale = first(AnswerType.SCALE);
        String body = "{\"answers\": {"
                + "\"" + yesNo.id() + "\": \"perhaps\", "
                + "\"" + number.id() + "\": " + (number.highest() + 1) + ", "
                + "\"" + choice.id() + "\": \"no-such-option\", "
                + "\"" + scale.id() + "\": 0, "
                + "\"no-such-question\": true}}";

        ApiClient.Reply reply = api.postJson(DIAGNOSES, body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.pointers()).containsExactly("/answers/" + yesNo.id(), "/answers/" + number.id(),
                "/answers/" + choice.id(), "/answers/" + scale.id(), "/answers/no-such-question");
        JsonNode errors = reply.json().path("errors");
        assertThat(errors.get(0).path("detail").asString()).contains("true, false or \"unknown\"");
        assertThat(errors.get(1).path("detail").asString()).contains("above the maximum");
        assertThat(errors.get(2).path("detail").asString()).contains(choice.options().get(0).id());
        assertThat(errors.get(3).path("detail").asString()).contains("below the minimum 1");
        assertThat(errors.get(4).path("detail").asString()).contains("unknown question 'no-such-question'");
        assertThat(reply.json().path("detail").asString()).startsWith("5 problems");
        assertThat(reply.json().path("instance").asString()).isEqualTo(DIAGNOSES);
    }

    @Test
    void refusesMalformedJsonWithWhereItBroke() {
        ApiClient.Reply reply = api.postJson(DIAGNOSES, "{\"answers\": {\"a\": }}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.pointers()).containsExactly("");
        assertThat(reply.json().path("detail").asString()).startsWith("Not valid JSON at line 1, column ");
    }

    @Test
    void saysWhereAnUnclosedObjectWasOpened() {
        ApiClient.Reply reply = api.postJson(DIAGNOSES, "{\"answers\": {\"a\": true");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("detail").asString()).contains("(opened at line 1, column 13)")
                .doesNotContain("Source", "Feature");
    }

    @Test
    void refusesAnAnswerGivenTwice() {
        Question yesNo = first(AnswerType.YES_NO);
        String body = "{\"answers\": {\"" + yesNo.id() + "\": true, \"" + yesNo.id() + "\": false}}";

        ApiClient.Reply reply = api.postJson(DIAGNOSES, body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("detail").asString()).contains("Duplicate field '" + yesNo.id() + "'");
    }

    @Test
    void refusesAnEmptyBody() {
        ApiClient.Reply reply = api.postJson(DIAGNOSES, "");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asString()).startsWith("The document is empty; expected {\"answers\"");
    }

    @Test
    void refusesADocumentWithoutAnswers() {
        ApiClient.Reply reply = api.postJson(DIAGNOSES, "{\"answer\": {}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.pointers()).containsExactly("/answers");
    }

    @Test
    void refusesABodyThatIsNotJson() {
        ApiClient.Reply reply = api.post(DIAGNOSES, "answers=none", "Content-Type", "text/plain");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asString()).contains("Content-Type: application/json");
    }

    @Test
    void refusesAFormatItCannotWrite() {
        ApiClient.Reply reply = api.postJson(DIAGNOSES, "{\"answers\": {}}", "Accept", "text/html");

        assertThat(reply.status()).isEqualTo(406);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void answersProblemsAsProblemsEvenToAMarkdownClient() {
        ApiClient.Reply reply = api.postJson(DIAGNOSES, "{\"answers\": {\"no-such-question\": 1}}", "Accept", "text/markdown");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.pointers()).containsExactly("/answers/no-such-question");
    }

    @Test
    void refusesABodyOverTheLimit() {
        String padding = " ".repeat(256 * 1024);

        ApiClient.Reply reply = api.postJson(DIAGNOSES, "{\"answers\": {}}" + padding);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asString()).contains("256 KB");
    }

    @Test
    void saysWhichMethodsAPathTakes() {
        ApiClient.Reply reply = api.get(DIAGNOSES);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).contains("POST");
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
