package org.locus.monitoring;

import org.junit.jupiter.api.Test;
import org.locus.Locus;
import org.locus.MiniRuleBase;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.reload.LiveKnowledge;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Not ready until loaded; degraded, with every problem, while a failed reload leaves the old knowledge answering. */
class KnowledgeBaseHealthIndicatorTest {

    private final AtomicBoolean broken = new AtomicBoolean();
    private final LiveKnowledge knowledge = new LiveKnowledge(() -> {
        if (broken.get()) {
            throw new KnowledgeBaseException(List.of("a.drl:3: x", "b.drl:9: y"));
        }
        return Locus.of(MiniRuleBase.get(), List.of());
    }, "test", Clock.systemUTC());
    private final KnowledgeBaseHealthIndicator indicator = new KnowledgeBaseHealthIndicator(knowledge);

    @Test
    void downWhileLoading() {
        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("loading", true);
    }

    @Test
    void upOnceLoaded() {
        knowledge.reload();

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("rules", 10).containsKey("version").doesNotContainKey("lastLoadFailed");
    }

    @Test
    void degradedWithEveryProblemWhenAReloadFailed() {
        knowledge.reload();
        broken.set(true);
        knowledge.reload();

        Health health = indicator.health();

        assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.getDetails().get("lastLoadFailed")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("problems", List.of("a.drl:3: x", "b.drl:9: y"));
    }

    @Test
    void downWithTheProblemsWhenNothingEverLoaded() {
        broken.set(true);
        knowledge.reload();

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(((Map<?, ?>) health.getDetails().get("lastLoadFailed")).get("problems")).isEqualTo(List.of("a.drl:3: x", "b.drl:9: y"));
    }
}
