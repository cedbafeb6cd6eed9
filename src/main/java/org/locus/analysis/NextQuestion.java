package org.locus.analysis;

import java.util.List;

/**
 * A don't-know question worth answering next, with what each possible answer would do to the top three.
 *
 * @param impact the most recommendations any one answer would move into, out of or within the top three
 */
public record NextQuestion(String question, String text, String section, int impact, List<PossibleAnswer> answers) {

    /** One possible answer and its effects on the top three (empty: the top three stay as they are). */
    public record PossibleAnswer(Object value, String text, List<RankChange> effects) {
    }
}
