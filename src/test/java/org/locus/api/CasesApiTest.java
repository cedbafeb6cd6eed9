package org.locus.api;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locus.analysis.Analysis;
import org.locus.analysis.Analyst;
import org.locus.analysis.RankChange;
import org.locus.analysis.WhatIf;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class CasesApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    CaseLibrary cases;
    @Autowired
    Diagnostician diagnostician;
    @Autowired
    RuleBase ruleBase;
    @Autowired
    Analyst analyst;

    private LibraryCase someCase() {
        return cases.cases().get(0);
    }

    private String diagnosisPath(LibraryCase c) {
        return "/api/v1/cases/" + c.id() + "/diagnosis";
    }

    static java.util.stream.Stream<String> caseIds() {
        return org.locus.cases.CaseLibraryTest.library().cases().stream().map(LibraryCase::id);
    }

    @ParameterizedTest
    @MethodSource("caseIds")
    void explainGivesEveryCasesAnalysisAndItsFirstWhatIfPostedBackDoesWhatItSays(String id) {
        LibraryCase c = cases.find(id).orElseThrow();
        Analysis expected = analyst.analysis(c.answers());

        JsonNode analysis = api.postJson(diagnosisPath(c) + "?explain=true", "").json().path("analysis");

        assertThat(analysis).isEqualTo(ApiClient.tree(expected));
        analysis.path("whyNot").forEach(w -> assertThat(w.path("status").asString()).matches("(not made|ranked \\d+).*"));
        if (expected.whatIf().isEmpty()) {
            return;
        }
        WhatIf first = expected.whatIf().get(0);
        Map<String, Object> changes = new LinkedHashMap<>();
        first.changes().forEach(change -> changes.put(change.question(), change.to()));
        JsonNode after = api.postJson(diagnosisPath(c), ApiClient.json(Map.of("answers", changes))).json();
        List<String> ranking = new ArrayList<>();
        after.path("recommendations").forEach(r -> ranking.add(r.path("id").asString()));
        for (RankChange effect : first.effects()) {
            int rank = ranking.indexOf(effect.recommendation()) + 1;
            if (effect.toRank() == null) {
                assertThat(rank).as(effect.text()).isZero();
            } else {
                assertThat(rank).as(effect.text()).isEqualTo(effect.toRank());
            }
        }
    }

    @Test
    void listsEveryCase() {
        ApiClient.Reply reply = api.get("/api/v1/cases");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("cases")).extracting(c -> c.path("id").asString())
                .containsExactlyElementsOf(cases.cases().stream().map(LibraryCase::id).toList());
        assertThat(reply.json().path("cases").get(0).path("title").asString()).isEqualTo(someCase().title());
    }

    @Test
    void showsACaseWithItsAnswersAndExpectations() {
        LibraryCase c = someCase();

        ApiClient.Reply reply = api.get("/api/v1/cases/" + c.id());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("answers")).isEqualTo(ApiClient.tree(c.answers().toDocument().get("answers")));
        assertThat(reply.json().path("expected").path("findings")).isEqualTo(ApiClient.tree(c.expected().findings()));
        assertThat(reply.json().path("teachingNotes").asString()).isEqualTo(c.teachingNotes());
        assertThat(reply.json().path("assumed")).isEqualTo(ApiClient.tree(c.assumed()));
    }

    @Test
    void saysWhichCasesThereAreWhenAnIdIsUnknown() {
        ApiClient.Reply reply = api.get("/api/v1/cases/atlantis");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asString()).contains("'atlantis'").contains(someCase().id());
        assertThat(api.postJson("/api/v1/cases/atlantis/diagnosis", "").status()).isEqualTo(404);
    }

    @Test
    void diagnosesACaseAsItStands() {
        LibraryCase c = someCase();

        ApiClient.Reply reply = api.send("POST", diagnosisPath(c));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(ApiClient.tree(diagnostician.diagnose(c.answers())));
    }

    @Test
    void diagnosesACaseWithAnswersChangedOrMadeUnknown() {
        LibraryCase c = someCase();
        Answer given = c.answers().facts().iterator().next();
        Question yesNo = ruleBase.questionnaire().questions().stream()
                .filter(q -> q.type() == AnswerType.YES_NO && !q.id().equals(given.getQuestion()))
                .findFirst().orElseThrow();
        boolean flipped = !c.answers().get(yesNo.id()).map(a -> a.getValue().equals("yes")).orElse(false);
        String body = "{\"answers\": {\"" + given.getQuestion() + "\": \"unknown\", \"" + yesNo.id() + "\": " + flipped + "}}";
        DiagnosisResult expected = diagnostician.diagnose(c.answers()
                .with(given.getQuestion(), null)
                .with(yesNo.id(), Answer.yesNo(yesNo.id(), flipped)));

        ApiClient.Reply reply = api.postJson(diagnosisPath(c), body);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(ApiClient.tree(expected));
        assertThat(reply.json().path("unanswered")).extracting(n -> n.asString()).contains(given.getQuestion());
    }

    @Test
    void writesACaseDiagnosisAsMarkdownOnRequest() {
        ApiClient.Reply reply = api.send("POST", diagnosisPath(someCase()), "Accept", "text/markdown");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/markdown");
        assertThat(reply.body()).startsWith("# A region not named").contains("## Summary");
    }

    @Test
    void pointsAtABadChange() {
        ApiClient.Reply reply = api.postJson(diagnosisPath(someCase()), "{\"answers\": {\"no-such-question\": \"unknown\"}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.pointers()).containsExactly("/answers/no-such-question");
    }
}
