package org.locus.knowledge;

/**
 * The knowledge base (questionnaire, catalogue, rule files or cases) is not fit to run. The message names the file
 * and the entry so that an author can fix it without reading a stack trace.
 */
public class KnowledgeBaseException extends RuntimeException {

    public KnowledgeBaseException(String message) {
        super(message);
    }

    public KnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
