package org.locus.engine;

import org.locus.knowledge.Answer;

import java.util.Collection;
import java.util.List;

/**
 * Runs the rule base on one region's answers. Implementations are thread-safe: each call works in its own session and
 * shares nothing with other calls but the compiled rules.
 */
public interface InferenceEngine {

    /** Derives situations, findings and evidence from the answers, each with the rule matches that justify it. */
    Inference infer(Collection<Answer> answers);

    /**
     * A session for many runs on similar answers. This default runs each afresh; an engine that can change a running
     * session's facts does better.
     */
    default Exploration explore() {
        return new Exploration() {
            @Override
            public Inference derive(Collection<Answer> answers) {
                return infer(answers);
            }

            @Override
            public void close() {
            }
        };
    }

    /** The rules, in file and source order, with their metadata and source text. */
    List<RuleInfo> rules();
}
