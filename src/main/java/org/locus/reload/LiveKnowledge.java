package org.locus.reload;

import org.locus.Locus;
import org.locus.knowledge.KnowledgeBaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The knowledge the web app answers with, and the one place it changes. {@link #current()} hands out a loaded
 * {@link Locus}, which never changes: a request or a page takes it once and works on it to the end, so a diagnosis in
 * flight finishes on the rules it started with while a reload swaps in new ones. {@link #reload()} loads anew; what
 * loads and checks is swapped in at once, anything else keeps the running knowledge and is reported with every
 * problem in the log and in {@link #status()}.
 */
public final class LiveKnowledge {

    private static final Logger log = LoggerFactory.getLogger(LiveKnowledge.class);

    private final Supplier<Locus> loader;
    private final String source;
    private final Clock clock;
    private final List<Consumer<KnowledgeStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile KnowledgeStatus status = KnowledgeStatus.NOT_LOADED;
    private final CountDownLatch firstLoad = new CountDownLatch(1);
    private volatile boolean firstLoadStarted;

    /**
     * @param loader loads the knowledge afresh, throwing {@link KnowledgeBaseException} with its problems
     * @param source where it comes from, in words for the log ("the packaged rules", "rules folder /srv/rules")
     */
    public LiveKnowledge(Supplier<Locus> loader, String source, Clock clock) {
        this.loader = loader;
        this.source = source;
        this.clock = clock;
    }

    /** Knowledge loaded already, as a test or a tool that has it in hand needs. */
    public static LiveKnowledge of(Locus locus) {
        LiveKnowledge knowledge = new LiveKnowledge(() -> locus, "given", Clock.systemUTC());
        knowledge.reload();
        return knowledge;
    }

    /**
     * The knowledge to answer with; a caller keeps the one it got for the whole of its work. While the first load is
     * under way this waits for it.
     */
    public Locus current() {
        Locus locus = status.locus();
        if (locus == null && firstLoadStarted) {
            awaitFirstLoad();
            locus = status.locus();
        }
        if (locus == null) {
            throw new KnowledgeBaseUnavailableException(status.problems());
        }
        return locus;
    }

    /**
     * Starts the first load on a thread of its own and returns at once, so that the web app starts meanwhile; until
     * it is done the knowledge is not ready ({@link #status()}) and {@link #current()} waits for it.
     */
    public void startLoading() {
        firstLoadStarted = true;
        Thread.ofPlatform().name("locus-knowledge-load").daemon().start(this::reload);
    }

    /** Waits until the first load has succeeded or failed, and says how it went; at once if none was started. */
    public KnowledgeStatus awaitFirstLoad() {
        if (!firstLoadStarted) {
            return status;
        }
        try {
            firstLoad.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status;
    }

    public KnowledgeStatus status() {
        return status;
    }

    public String source() {
        return source;
    }

    /** Told of every load, successful or not, after the status has changed (metrics, for one). */
    public void onLoad(Consumer<KnowledgeStatus> listener) {
        listeners.add(listener);
    }

    /** Loads the knowledge again and swaps it in if it loads; one reload at a time. */
    public synchronized KnowledgeStatus reload() {
        firstLoadStarted = true;
        Instant started = clock.instant();
        KnowledgeStatus before = status;
        try {
            Locus loaded = loader.get();
            Duration took = Duration.between(started, clock.instant());
            status = before.loaded(loaded, started, took);
            if (before.locus() != null) {
                log.info("Reloaded the knowledge base from {}: version {} (was {}), {} rules, in {} ms", source,
                        loaded.ruleBase().version(), before.locus().ruleBase().version(),
                        loaded.ruleBase().rules().size(), took.toMillis());
            }
        } catch (KnowledgeBaseException e) {
            status = before.failed(e.problems(), started);
            if (before.locus() == null) {
                log.error("The knowledge base in {} cannot be loaded, {}:\n  {}", source, count(e.problems()),
                        String.join("\n  ", e.problems()));
            } else {
                log.warn("The changed knowledge base in {} was not loaded, {}; still answering with version {}:\n  {}",
                        source, count(e.problems()), before.locus().ruleBase().version(),
                        String.join("\n  ", e.problems()));
            }
        }
        KnowledgeStatus now = status;
        firstLoad.countDown();
        listeners.forEach(l -> l.accept(now));
        return now;
    }

    private static String count(List<String> problems) {
        return problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    }
}
