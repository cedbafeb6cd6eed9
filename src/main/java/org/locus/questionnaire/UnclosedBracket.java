package org.locus.questionnaire;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Where the innermost object or array that a truncated JSON document never closes was opened, so that "unexpected end
 * of input" can point at the bracket to close.
 *
 * @param line   1-based
 * @param column 1-based
 */
record UnclosedBracket(int line, int column) {

    static Optional<UnclosedBracket> in(String text) {
        Deque<UnclosedBracket> open = new ArrayDeque<>();
        boolean inString = false;
        int line = 1;
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (inString) {
                if (c == '\\') {
                    i++;
                    column++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                open.push(new UnclosedBracket(line, column));
            } else if ((c == '}' || c == ']') && !open.isEmpty()) {
                open.pop();
            }
        }
        return Optional.ofNullable(open.peek());
    }
}
