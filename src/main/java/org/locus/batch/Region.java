package org.locus.batch;

import org.locus.questionnaire.Answers;

import java.util.List;

/**
 * One region of a batch as it was read: its answers, checked, or the problems that keep it from being diagnosed.
 *
 * <p>{@code where} says where it came from, for a person looking for it: {@code regions.csv row 7},
 * {@code north.json}, {@code standard input line 3}.
 */
public sealed interface Region {

    String id();

    String where();

    /** A region whose answers were read and checked. */
    record Answered(String id, String where, Answers answers) implements Region {
    }

    /**
     * A region that cannot be diagnosed, with every problem found, each a line that names its place (row and column,
     * or a JSON pointer) and says what is wrong.
     */
    record Unreadable(String id, String where, List<String> problems) implements Region {

        public Unreadable {
            problems = List.copyOf(problems);
        }
    }
}
