package org.locus.engine;

import org.locus.knowledge.Answer;

import java.util.Collection;

/**
 * An engine session kept open for many runs on answers that differ little from one run to the next, as when the
 * analyses try every other answer to every question. Each run changes only the answers that differ from the run
 * before, and the rules re-derive only what those touch; the facts and their justifications are the same as a fresh
 * {@link InferenceEngine#infer} gives. One thread at a time; close it when done.
 */
public interface Exploration extends AutoCloseable {

    /** What these answers derive: situations, findings and evidence, each with the rule matches behind it. */
    Inference derive(Collection<Answer> answers);

    @Override
    void close();
}
