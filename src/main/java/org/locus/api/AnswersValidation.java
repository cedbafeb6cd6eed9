package org.locus.api;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What a valid answers document says, question by question, without diagnosing it. */
@Schema(description = "A valid answers document: which questions it answers and which it leaves don't-know")
record AnswersValidation(
        @Schema(description = "the rule base the answers were checked against") String ruleBaseVersion,
        @Schema(description = "the questions answered, in questionnaire order") List<String> answered,
        @Schema(description = "the questions left don't-know, in questionnaire order") List<String> unanswered) {
}
