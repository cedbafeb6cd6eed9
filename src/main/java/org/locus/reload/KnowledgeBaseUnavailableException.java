package org.locus.reload;

import java.util.List;

/** No knowledge base has loaded yet (the one named does not load), so there is nothing to answer with. */
public final class KnowledgeBaseUnavailableException extends RuntimeException {

    private final List<String> problems;

    KnowledgeBaseUnavailableException(List<String> problems) {
        super("the knowledge base is not loaded" + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
