package org.locus.questionnaire;

import org.junit.jupiter.api.Test;
import org.locus.knowledge.KnowledgeBaseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireReaderTest {

    private static final String FILE = "questionnaire.yaml";

    private static String oneQuestion(String question) {
        return """
                sections:
                  - id: s
                    title: S
                    questions:
                %s
                """.formatted(question.indent(6));
    }

    @Test
    void readsEveryAnswerType() {
        Questionnaire q = QuestionnaireReader.read(FILE, """
                sections:
                  - id: first
                    title: First
                    intro: Why we ask
                    questions:
                      - {id: a, text: 'A?', help: h, section: S, type: yes-no, informs: [f]}
                      - {id: b, text: 'B?', help: h, section: S, type: scale, scale: {low: none, high: all}}
                      - {id: c, text: 'C?', help: h, section: S, type: choice, options: [{id: x, label: X}, {id: y, label: Y}]}
                      - {id: d, text: 'D?', help: h, section: S, type: number, unit: "%", min: 0, max: 100}
                """);

        assertThat(q.questions()).extracting(Question::id).containsExactly("a", "b", "c", "d");
        assertThat(q.require("a").informs()).containsExactly("f");
        assertThat(q.require("b").scaleHigh()).isEqualTo("all");
        assertThat(q.require("c").option("y")).map(Question.Option::label).contains("Y");
        assertThat(q.require("d").highest()).isEqualTo(100);
        assertThat(q.sections().get(0).intro()).isEqualTo("Why we ask");
    }

    @Test
    void aDuplicateIdNamesFileAndQuestion() {
        String yaml = oneQuestion("""
                - {id: a, text: 'A?', help: h, section: S, type: yes-no}
                - {id: a, text: 'A again?', help: h, section: S, type: yes-no}
                """);

        assertThatThrownBy(() -> QuestionnaireReader.read(FILE, yaml)).isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("questionnaire.yaml: question 'a': duplicate question id");
    }

    @Test
    void anUnknownTypeIsNamed() {
        assertThatThrownBy(() -> QuestionnaireReader.read(FILE, oneQuestion("- {id: a, text: 'A?', help: h, section: S, type: slider}")))
                .hasMessage("questionnaire.yaml: question 'a': unknown type 'slider' (expected yes-no, scale, choice or number)");
    }

    @Test
    void aBadRangeIsNamed() {
        assertThatThrownBy(() -> QuestionnaireReader.read(FILE,
                oneQuestion("- {id: n, text: 'N?', help: h, section: S, type: number, unit: km, min: 10, max: 10}")))
                .hasMessage("questionnaire.yaml: question 'n': bad range: min 10.0 is not below max 10.0");
    }

    @Test
    void aNumberNeedsItsUnitAndBounds() {
        assertThatThrownBy(() -> QuestionnaireReader.read(FILE,
                oneQuestion("- {id: n, text: 'N?', help: h, section: S, type: number, unit: km, min: 0}")))
                .hasMessage("questionnaire.yaml: question 'n': a number question needs a numeric 'max'");
    }

    @Test
    void aScaleNeedsLabelledEnds() {
        assertThatThrownBy(() -> QuestionnaireReader.read(FILE, oneQuestion("- {id: s, text: 'S?', help: h, section: S, type: scale}")))
                .hasMessageContaining("question 's': a scale question needs 'scale'");
    }

    @Test
    void aChoiceNeedsTwoOptionsAndMayNotUseTheReservedUnknown() {
        assertThatThrownBy(() -> QuestionnaireReader.read(FILE,
                oneQuestion("- {id: c, text: 'C?', help: h, section: S, type: choice, options: [{id: x, label: X}]}")))
                .hasMessage("questionnaire.yaml: question 'c': a choice question needs at least two options");
        assertThatThrownBy(() -> QuestionnaireReader.read(FILE,
                oneQuestion("- {id: c, text: 'C?', help: h, section: S, type: choice, options: [{id: x, label: X}, {id: unknown, label: U}]}")))
                .hasMessage("questionnaire.yaml: question 'c': option id 'unknown' is reserved for don't-know");
    }

    @Test
    void idsAreKebabCase() {
        assertThatThrownBy(() -> QuestionnaireReader.read(FILE, oneQuestion("- {id: Red_Tape, text: 'A?', help: h, section: S, type: yes-no}")))
                .hasMessageContaining("id 'Red_Tape' is not kebab-case");
    }

    @Test
    void missingHelpIsNamed() {
        assertThatThrownBy(() -> QuestionnaireReader.read(FILE, oneQuestion("- {id: a, text: 'A?', section: S, type: yes-no}")))
                .hasMessage("questionnaire.yaml: question 'a': 'help' is missing");
    }

    @Test
    void brokenYamlGivesTheLine() {
        assertThatThrownBy(() -> QuestionnaireReader.read(FILE, "sections:\n  - id: s\n    title: [unclosed\n"))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith("questionnaire.yaml: not valid YAML at line");
    }
}
