package org.locus.engine;

import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.locus.knowledge.TextFile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * The syntax errors of every rule file, each as {@code file:line: message}. The parser notices a bracket left open
 * only at the next token it cannot fit, usually on the following line; such an error is reported at the line of the
 * bracket, where the author has to type.
 */
final class DrlSyntax {

    private DrlSyntax() {
    }

    static List<String> errors(Collection<TextFile> files) {
        List<String> errors = new ArrayList<>();
        for (TextFile file : files) {
            DrlParser parser = new DrlParser();
            try {
                parser.parse(false, file.text());
            } catch (DroolsParserException e) {
                errors.add(file.path() + ": " + e.getMessage());
                continue;
            }
            for (DroolsError error : parser.getErrors()) {
                errors.add(describe(file, error));
            }
        }
        return errors;
    }

    private static String describe(TextFile file, DroolsError error) {
        String message = error.getMessage().replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "");
        if (error instanceof ParserError parserError && parserError.getRow() > 0) {
            int line = parserError.getRow();
            int unclosed = unclosedBracketBefore(file.text(), line, parserError.getCol());
            if (unclosed > 0) {
                return file.path() + ":" + unclosed + ": '(' is never closed (the parser stopped at line " + line
                        + ": " + message + ")";
            }
            return file.path() + ":" + line + ": " + message;
        }
        int line = error.getLines().length > 0 ? error.getLines()[0] : -1;
        return file.path() + (line > 0 ? ":" + line : "") + ": " + message;
    }

    /**
     * The line of a round bracket opened on an earlier line of the same rule and still open where the parser stopped,
     * when it stopped at the first token of its line (a new pattern where the last one was never closed); 0 otherwise.
     */
    static int unclosedBracketBefore(String text, int errorLine, int errorColumn) {
        String[] lines = text.split("\n", -1);
        if (errorLine > lines.length || !lines[errorLine - 1].substring(0, Math.min(errorColumn, lines[errorLine - 1].length())).isBlank()) {
            return 0;
        }
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < errorLine - 1; i++) {
            String line = lines[i];
            if (line.strip().startsWith("rule ")) {
                open.clear();
            }
            boolean inString = false;
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (inString) {
                    if (ch == '\\') {
                        c++;
                    } else if (ch == '"') {
                        inString = false;
                    }
                } else if (ch == '"') {
                    inString = true;
                } else if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
                    break;
                } else if (ch == '(') {
                    open.push(i + 1);
                } else if (ch == ')' && !open.isEmpty()) {
                    open.pop();
                }
            }
        }
        return open.isEmpty() ? 0 : open.peek();
    }
}
