package org.locus;

import org.locus.knowledge.KnowledgeBaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stopped on a broken knowledge base: say what is wrong and where, instead of printing a stack trace. */
class KnowledgeBaseFailureAnalyzer extends AbstractFailureAnalyzer<KnowledgeBaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KnowledgeBaseException cause) {
        return new FailureAnalysis("The knowledge base cannot be loaded:\n" + cause.getMessage(),
                "Fix the file named above (see docs/knowledge-base.md), or point locus.rules-dir / locus.cases-dir "
                        + "at a folder that loads.", cause);
    }
}
