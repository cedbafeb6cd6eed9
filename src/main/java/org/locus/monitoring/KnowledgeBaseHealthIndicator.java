package org.locus.monitoring;

import org.locus.reload.KnowledgeStatus;
import org.locus.reload.LiveKnowledge;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code knowledgeBase} in health and readiness: DOWN until a knowledge base has loaded (it loads while the rest of
 * the application starts), so the instance gets no traffic before it can answer; UP while it answers; {@value #DEGRADED_CODE} when it answers but the last reload
 * failed, the old knowledge still answering, with every problem of the failed one in the details. Degraded counts as
 * ready (HTTP 200): the instance answers correctly, with rules older than its folder.
 */
@Component("knowledgeBase")
class KnowledgeBaseHealthIndicator implements HealthIndicator {

    static final String DEGRADED_CODE = "DEGRADED";
    static final Status DEGRADED = new Status(DEGRADED_CODE, "the last reload failed; the knowledge loaded before answers");

    private final LiveKnowledge knowledge;

    KnowledgeBaseHealthIndicator(LiveKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Health health() {
        KnowledgeStatus status = knowledge.status();
        Health.Builder health = !status.isLoaded() ? Health.down() : status.lastLoadFailed() ? Health.status(DEGRADED) : Health.up();
        health.withDetail("source", knowledge.source());
        if (!status.isLoaded() && !status.lastLoadFailed()) {
            health.withDetail("loading", true);
        }
        if (status.isLoaded()) {
            health.withDetail("version", status.version())
                    .withDetail("rules", status.locus().ruleBase().rules().size())
                    .withDetail("questions", status.locus().ruleBase().questionnaire().questions().size())
                    .withDetail("cases", status.locus().cases().cases().size())
                    .withDetail("loadedAt", status.loadedAt().toString())
                    .withDetail("loadMillis", status.loadTime().toMillis())
                    .withDetail("reloads", status.reloads());
        }
        if (status.lastLoadFailed()) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("at", status.failedAt().toString());
            failure.put("problems", status.problems());
            health.withDetail("lastLoadFailed", failure);
        }
        return health.build();
    }
}
