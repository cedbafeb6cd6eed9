package org.locus.monitoring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.locus.reload.KnowledgeStatus;
import org.locus.reload.LiveKnowledge;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's meters: {@code locus.knowledge.loads} by outcome (the start-up load and every reload),
 * {@code locus.knowledge.problems} (those of the last load, 0 when it succeeded) and {@code locus.knowledge.rules}.
 */
@Component
class KnowledgeBaseMetrics {

    KnowledgeBaseMetrics(LiveKnowledge knowledge, MeterRegistry registry) {
        FunctionCounter.builder("locus.knowledge.loads", knowledge, k -> k.status().loads()).tag("outcome", "loaded")
                .description("Loads of the knowledge base, at start-up and on every reload").register(registry);
        FunctionCounter.builder("locus.knowledge.loads", knowledge, k -> k.status().failures()).tag("outcome", "failed")
                .description("Loads of the knowledge base, at start-up and on every reload").register(registry);
        Gauge.builder("locus.knowledge.problems", knowledge, k -> k.status().problems().size())
                .description("Problems of the last load of the knowledge base; 0 when it loaded").register(registry);
        Gauge.builder("locus.knowledge.rules", knowledge, k -> rules(k.status()))
                .description("Rules of the knowledge base that answers").register(registry);
    }

    private static double rules(KnowledgeStatus status) {
        return status.isLoaded() ? status.locus().ruleBase().rules().size() : 0;
    }
}
