package org.locus.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.locus.reload.LiveKnowledge;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rule base", description = "The knowledge behind every diagnosis")
class RuleBaseController {

    private final LiveKnowledge knowledge;

    RuleBaseController(LiveKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getRuleBase", summary = "The rule base",
            description = "Its version, every rule (name, description, chapter section, cites, file, layer, what it "
                    + "reads and derives), the questionnaire and the catalogue of situations, findings and "
                    + "recommendations with their titles.")
    @ApiResponse(responseCode = "200", description = "The rule base")
    RuleBaseDocument rules() {
        return RuleBaseDocument.of(knowledge.current().ruleBase());
    }
}
