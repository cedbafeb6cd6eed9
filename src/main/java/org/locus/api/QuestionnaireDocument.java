package org.locus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.AskedWhen;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;
import org.locus.questionnaire.Section;

import java.util.List;

/**
 * The questionnaire as integrators read it, in the words of {@code rules/questionnaire.yaml}: sections in the order
 * they are asked, each question with its type and what an answer may be. Every question also takes
 * {@code "unknown"}.
 */
@Schema(name = "Questionnaire")
record QuestionnaireDocument(String ruleBaseVersion, List<SectionView> sections) {

    static QuestionnaireDocument of(String ruleBaseVersion, Questionnaire questionnaire) {
        return new QuestionnaireDocument(ruleBaseVersion,
                questionnaire.sections().stream().map(SectionView::of).toList());
    }

    /** One step of the wizard. */
    @Schema(name = "Section")
    record SectionView(String id, String title, String intro, List<QuestionView> questions) {

        static SectionView of(Section section) {
            return new SectionView(section.id(), section.title(), section.intro(),
                    section.questions().stream().map(QuestionView::of).toList());
        }
    }

    /**
     * One question. {@code type} is yes-no, scale, choice or number; {@code section} is the chapter section it
     * serves; {@code min}/{@code max} bound scales (1–5) and numbers; {@code scale} labels a scale's ends,
     * {@code options} list a choice's answers, {@code unit} is a number's; {@code informs} names the findings it
     * feeds; {@code askedWhen} lists the earlier answers it is asked under (all must hold; an earlier question left
     * unknown does not rule it out), and an answer where it does not apply is refused. Fields that do not apply to
     * the type are left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Question")
    record QuestionView(String id, String text, String help, String section, String type, ScaleLabels scale,
                        List<Question.Option> options, String unit, Number min, Number max, List<String> informs,
                        List<AskedWhen> askedWhen) {

        static QuestionView of(Question q) {
            boolean ranged = q.type() == AnswerType.SCALE || q.type() == AnswerType.NUMBER;
            return new QuestionView(q.id(), q.text(), q.helpWithCutoffs(), q.section(), q.type().id(),
                    q.type() == AnswerType.SCALE ? new ScaleLabels(q.scaleLow(), q.scaleHigh()) : null,
                    q.type() == AnswerType.CHOICE ? q.options() : null, q.unit(),
                    ranged ? whole(q.lowest()) : null, ranged ? whole(q.highest()) : null, q.informs(),
                    q.askedWhen().isEmpty() ? null : q.askedWhen());
        }

        /** A whole bound reads {@code 100}, not {@code 100.0}. */
        private static Number whole(double bound) {
            return bound == Math.rint(bound) ? (Number) (long) bound : (Number) bound;
        }
    }

    /** What 1 and 5 mean on a scale. */
    @Schema(name = "ScaleLabels")
    record ScaleLabels(String low, String high) {
    }
}
