package org.locus.knowledge;

import java.util.List;

/**
 * The knowledge base (questionnaire, catalogue, rule files or cases) is not fit to run. Each problem names the file,
 * and the line or the entry, so that an author can fix it without reading a stack trace; loading reports every problem
 * it finds at once, not just the first.
 */
public class KnowledgeBaseException extends RuntimeException {

    private final List<String> problems;

    public KnowledgeBaseException(String problem) {
        super(problem);
        this.problems = List.of(problem);
    }

    public KnowledgeBaseException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** Several problems at once, each {@code file[:line]: what is wrong}. */
    public KnowledgeBaseException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, one line each. */
    public List<String> problems() {
        return problems;
    }
}
