package org.locus.api;

import java.util.List;

/** A case id that is not in the library. */
class UnknownCaseException extends RuntimeException {

    private final String caseId;
    private final List<String> knownIds;

    UnknownCaseException(String caseId, List<String> knownIds) {
        super("no case " + caseId);
        this.caseId = caseId;
        this.knownIds = List.copyOf(knownIds);
    }

    String caseId() {
        return caseId;
    }

    List<String> knownIds() {
        return knownIds;
    }
}
