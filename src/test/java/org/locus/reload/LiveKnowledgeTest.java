package org.locus.reload;

import org.junit.jupiter.api.Test;
import org.locus.Locus;
import org.locus.MiniRuleBase;
import org.locus.knowledge.KnowledgeBaseException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reload swaps in what loads, and keeps what answers when the new knowledge does not load. */
class LiveKnowledgeTest {

    private final Locus first = Locus.of(MiniRuleBase.get(), List.of());
    private final Locus second = Locus.of(MiniRuleBase.get(), List.of());
    private final AtomicReference<Supplier<Locus>> next = new AtomicReference<>(() -> first);
    private final LiveKnowledge knowledge = new LiveKnowledge(() -> next.get().get(), "test", Clock.systemUTC());

    @Test
    void nothingAnswersBeforeTheFirstLoad() {
        assertThatThrownBy(knowledge::current).isInstanceOf(KnowledgeBaseUnavailableException.class);
        assertThat(knowledge.status().isLoaded()).isFalse();
    }

    @Test
    void whileTheFirstLoadRunsTheKnowledgeIsAwaited() {
        next.set(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return first;
        });

        knowledge.startLoading();

        assertThat(knowledge.current()).isSameAs(first);
    }

    @Test
    void aFirstLoadThatFailsIsReportedToThoseWaiting() {
        next.set(() -> {
            throw new KnowledgeBaseException("a.drl:1: broken");
        });

        knowledge.startLoading();

        assertThat(knowledge.awaitFirstLoad().problems()).containsExactly("a.drl:1: broken");
        assertThatThrownBy(knowledge::current).isInstanceOf(KnowledgeBaseUnavailableException.class);
    }

    @Test
    void aReloadThatLoadsIsSwappedIn() {
        knowledge.reload();
        Locus taken = knowledge.current();
        next.set(() -> second);

        KnowledgeStatus status = knowledge.reload();

        assertThat(taken).isSameAs(first); // what a request took is untouched
        assertThat(knowledge.current()).isSameAs(second);
        assertThat(status.reloads()).isEqualTo(1);
        assertThat(status.lastLoadFailed()).isFalse();
    }

    @Test
    void aReloadThatFailsKeepsTheRunningKnowledgeAndEveryProblem() {
        knowledge.reload();
        next.set(() -> {
            throw new KnowledgeBaseException(List.of("a.drl:3: x", "catalogue.yaml: y"));
        });

        KnowledgeStatus status = knowledge.reload();

        assertThat(knowledge.current()).isSameAs(first);
        assertThat(status.lastLoadFailed()).isTrue();
        assertThat(status.problems()).containsExactly("a.drl:3: x", "catalogue.yaml: y");
        assertThat(status.version()).isEqualTo(first.ruleBase().version());

        next.set(() -> second);
        assertThat(knowledge.reload().lastLoadFailed()).isFalse();
        assertThat(knowledge.status().problems()).isEmpty();
    }

    @Test
    void listenersHearOfEveryLoad() {
        List<Boolean> failed = new ArrayList<>();
        knowledge.onLoad(s -> failed.add(s.lastLoadFailed()));
        knowledge.reload();
        next.set(() -> {
            throw new KnowledgeBaseException("x.drl: broken");
        });
        knowledge.reload();

        assertThat(failed).containsExactly(false, true);
    }
}
