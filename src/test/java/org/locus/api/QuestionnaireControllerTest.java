package org.locus.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiSliceTest
class QuestionnaireControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleBase ruleBase;
    @Autowired
    ObjectMapper json;

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void listsEveryQuestionInOrderWithWhatItTakes() throws Exception {
        JsonNode questionnaire = read("/api/v1/questionnaire");

        List<String> ids = new ArrayList<>();
        questionnaire.path("sections").forEach(s -> s.path("questions").forEach(q -> ids.add(q.path("id").asString())));
        assertThat(ids).containsExactlyElementsOf(ruleBase.questionnaire().questions().stream().map(Question::id).toList());
        assertThat(questionnaire.path("ruleBaseVersion").asString()).isEqualTo(ruleBase.version());
        for (JsonNode section : questionnaire.path("sections")) {
            for (JsonNode view : section.path("questions")) {
                Question question = ruleBase.questionnaire().require(view.path("id").asString());
                assertThat(view.path("type").asString()).isEqualTo(question.type().id());
                assertThat(view.path("help").asString()).isEqualTo(question.helpWithCutoffs());
                switch (question.type()) {
                    case CHOICE -> assertThat(view.path("options")).hasSize(question.options().size());
                    case NUMBER -> {
                        assertThat(view.path("unit").asString()).isEqualTo(question.unit());
                        assertThat(view.path("max").asDouble()).isEqualTo(question.max());
                    }
                    case SCALE -> {
                        assertThat(view.path("scale").path("low").asString()).isEqualTo(question.scaleLow());
                        assertThat(view.path("min").asInt()).isEqualTo(1);
                        assertThat(view.path("max").isIntegralNumber()).as("5, not 5.0").isTrue();
                        assertThat(view.path("max").asInt()).isEqualTo(5);
                    }
                    case YES_NO -> assertThat(view.has("options") || view.has("min") || view.has("scale")).isFalse();
                }
            }
        }
    }

    @Test
    void servesTheAnswersSchemaForEveryQuestion() throws Exception {
        String body = mvc.perform(get("/api/v1/schema/answers"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/schema+json"))
                .andReturn().getResponse().getContentAsString();
        JsonNode schema = json.readTree(body);

        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        JsonNode answers = schema.path("properties").path("answers");
        assertThat(answers.path("additionalProperties").asBoolean(true)).isFalse();
        List<String> ids = new ArrayList<>();
        ids.addAll(answers.path("properties").propertyNames());
        assertThat(ids).containsExactlyElementsOf(ruleBase.questionnaire().questions().stream().map(Question::id).toList());
        Question choice = ruleBase.questionnaire().questions().stream()
                .filter(q -> q.type() == AnswerType.CHOICE).findFirst().orElseThrow();
        assertThat(answers.path("properties").path(choice.id()).path("enum"))
                .extracting(JsonNode::asString).contains(choice.options().get(0).id(), "unknown");
    }
}
