package org.locus.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.RuleShape;
import org.locus.rulebase.RuleBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiSliceTest
class RuleBaseControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleBase ruleBase;
    @Autowired
    ObjectMapper json;

    @Test
    void describesEveryRuleWithWhatItDerives() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/api/v1/rules")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(document.path("ruleBaseVersion").asString()).isEqualTo(ruleBase.version());
        JsonNode rules = document.path("rules");
        assertThat(rules).extracting(r -> r.path("name").asString())
                .containsExactlyElementsOf(ruleBase.rules().stream().map(RuleBase.Rule::name).toList());
        for (JsonNode view : rules) {
            RuleBase.Rule rule = ruleBase.rule(view.path("name").asString()).orElseThrow();
            assertThat(view.path("section").asString()).isEqualTo(rule.info().section());
            assertThat(view.path("file").asString()).isEqualTo(rule.info().file());
            assertThat(view.path("layer").asString()).isEqualTo(rule.shape().layer());
            assertThat(view.path("cites")).extracting(JsonNode::asString).containsExactlyElementsOf(rule.info().cites());
            List<RuleShape.Derived> derives = rule.shape().derives();
            assertThat(view.path("derives")).hasSize(derives.size());
            for (int i = 0; i < derives.size(); i++) {
                assertThat(view.path("derives").get(i).path("kind").asString()).isEqualTo(derives.get(i).kind());
                assertThat(view.path("derives").get(i).path("id").asString()).isEqualTo(derives.get(i).id());
            }
            assertThat(view.path("reads").path("questions")).extracting(JsonNode::asString)
                    .containsExactlyElementsOf(rule.shape().questions());
        }
        assertThat(rules).anySatisfy(r -> assertThat(r.path("derives").get(0).path("weight").isInt()).isTrue());
    }

    @Test
    void carriesTheQuestionnaireAndTheCatalogueWithTitles() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/api/v1/rules")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        Catalogue catalogue = ruleBase.catalogue();
        assertThat(document.path("catalogue").path("findings")).extracting(f -> f.path("title").asString())
                .containsExactlyElementsOf(catalogue.findings().stream().map(Catalogue.FindingEntry::title).toList());
        assertThat(document.path("catalogue").path("recommendations")).extracting(r -> r.path("id").asString())
                .containsExactlyElementsOf(catalogue.recommendations().stream().map(Catalogue.RecommendationEntry::id).toList());
        assertThat(document.path("catalogue").path("situations")).extracting(s -> s.path("title").asString())
                .containsExactlyElementsOf(catalogue.situations().stream().map(Catalogue.SituationAspect::title).toList());
        assertThat(document.path("questionnaire").path("sections")).hasSize(ruleBase.questionnaire().sections().size());
    }
}
