package org.locus.ui.results;

import org.locus.diagnosis.DiagnosisDocument;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.Question;

import java.util.List;

/**
 * Which don't-know questions are most worth answering, given the result they left open. The results page asks the
 * one Spring bean implementing this; {@link InformsOpenQuestions} is the fallback, and a smarter analysis (one that
 * tries the possible answers and sees what moves) replaces it by being declared as a bean.
 */
public interface OpenQuestions {

    /** The unanswered questions worth answering, most useful first, each with why. */
    List<OpenQuestion> worthAnswering(Answers answers, DiagnosisDocument result);

    /** A don't-know question worth answering and, in a few words, what answering it could change. */
    record OpenQuestion(Question question, String reason) {
    }
}
