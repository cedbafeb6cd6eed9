package org.locus.reload;

import org.locus.Locus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the web app answers with, and how the last attempt to load went.
 *
 * @param locus         the knowledge in use; {@code null} until a load has succeeded
 * @param loadedAt      when it was loaded
 * @param loadTime      how long loading it took
 * @param reloads       how many times knowledge was swapped in after the first load
 * @param failedAt      when the last load failed, if the last load failed; {@code null} otherwise
 * @param problems      every problem of that failed load, {@code file[:line]: what is wrong}; empty otherwise
 * @param failures      how many loads have failed since start-up
 */
public record KnowledgeStatus(Locus locus, Instant loadedAt, Duration loadTime, int reloads, Instant failedAt,
                              List<String> problems, int failures) {

    static final KnowledgeStatus NOT_LOADED = new KnowledgeStatus(null, null, null, 0, null, List.of(), 0);

    KnowledgeStatus loaded(Locus loaded, Instant at, Duration took) {
        return new KnowledgeStatus(loaded, at, took, locus == null ? 0 : reloads + 1, null, List.of(), failures);
    }

    KnowledgeStatus failed(List<String> problems, Instant at) {
        return new KnowledgeStatus(locus, loadedAt, loadTime, reloads, at, List.copyOf(problems), failures + 1);
    }

    /** How many loads have succeeded since start-up: the first and every reload. */
    public int loads() {
        return locus == null ? 0 : reloads + 1;
    }

    public boolean isLoaded() {
        return locus != null;
    }

    /** The last load failed: with knowledge loaded before, that knowledge still answers. */
    public boolean lastLoadFailed() {
        return failedAt != null;
    }

    public String version() {
        return locus == null ? null : locus.ruleBase().version();
    }
}
