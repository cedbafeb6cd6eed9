package org.locus.engine;

/**
 * A deliberately broken variant of one rule file: one change to one rule's conditions, located from the rule
 * parser's descriptors.
 *
 * @param file        the rule file, as {@code locational-paradox.drl}
 * @param rule        the rule whose conditions changed
 * @param line        where the change is, 1-based
 * @param column      where the change is, 1-based
 * @param operator    what kind of change
 * @param description the change in the rule author's words; with file and rule it names the mutant in the list of
 *                    equivalent mutants, so it holds no line number and survives edits elsewhere in the file
 * @param mutatedText the whole file with the change made
 */
public record Mutant(String file, String rule, int line, int column, Operator operator, String description,
                     String mutatedText) {

    /** The kinds of change: each is a mistake a rule author could make and a rule test should notice. */
    public enum Operator {
        DELETE_CONDITION("condition deleted"),
        DELETE_CONSTRAINT("constraint deleted"),
        THRESHOLD_UP("threshold moved up by one"),
        THRESHOLD_DOWN("threshold moved down by one"),
        DROP_VALUE("value dropped from a list"),
        REMOVE_NOT("not removed"),
        REMOVE_OR_BRANCH("or branch removed");

        private final String label;

        Operator(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Names the mutant for the list of equivalent ones: file, rule and change, never the line. */
    public String key() {
        return file + " | " + rule + " | " + description;
    }
}
