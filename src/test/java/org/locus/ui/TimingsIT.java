package org.locus.ui;

import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.rulebase.RuleBase;
import org.locus.ui.assessment.AnswersDocument;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a person waits, measured in the browser and written to {@code target/ui-timings.md}, not asserted: a
 * step change in the wizard, a what-if re-ranked on a case (until the ranking is drawn, and until its analysis has
 * followed), a case page and the results opened directly. The goals on a quiet 2-core machine are 300 ms, 300 ms and
 * 1.5 s; docs/performance.md has the figures and the machine they came from.
 */
class TimingsIT extends BrowserTest {

    private static final int RUNS = 5;
    private static final String CASE = "castellon-ceramic-tiles";
    private static final By RANKING = By.cssSelector(".workbench-results .recommendation .recommendation-title");

    @Autowired
    private RuleBase ruleBase;
    @Autowired
    private CaseLibrary library;

    private final Map<String, List<Long>> timings = new LinkedHashMap<>();

    @Test
    void measuresWhatAPersonWaitsFor() throws IOException {
        resize(1366, 768);
        LibraryCase sample = library.find(CASE).orElseThrow();
        open("");
        script("localStorage.setItem('locus.answers', arguments[0])", AnswersDocument.write(sample.answers()));

        open("assessment/" + ruleBase.questionnaire().sections().get(0).id());
        for (int run = 0; run < RUNS; run++) {
            String before = waitFor(By.cssSelector(".step-heading")).getText();
            WebElement next = waitFor(By.cssSelector(".step-next"));
            scrollTo(next);
            time("a step change (Next)", next::click,
                    () -> !driver.findElement(By.cssSelector(".step-heading")).getText().equals(before));
        }

        for (int run = 0; run < RUNS; run++) {
            time("a case page load", () -> driver.get(url("cases/" + CASE)),
                    () -> !driver.findElements(RANKING).isEmpty() && idle());
        }
        for (int run = 0; run < RUNS; run++) {
            String label = run % 2 == 0 ? "1" : "5";
            WebElement radio = driver.findElement(By.id("q-private-collective-action"))
                    .findElements(By.tagName("vaadin-radio-button")).stream()
                    .filter(r -> r.getText().equals(label) || r.getText().startsWith(label + " –")).findFirst().orElseThrow();
            scrollTo(radio);
            String ranking = String.join("|", texts(RANKING));
            long start = System.nanoTime();
            radio.findElement(By.tagName("input")).click();
            waitUntil(() -> !String.join("|", texts(RANKING)).equals(ranking));
            record("a what-if re-rank: the new ranking drawn", start);
            waitUntil(() -> idle() && driver.findElements(By.cssSelector(".workbench-results[aria-busy]")).isEmpty());
            record("a what-if re-rank: its analysis drawn too", start);
        }
        for (int run = 0; run < RUNS; run++) {
            time("the results opened directly", () -> driver.get(url("assessment/results")),
                    () -> !driver.findElements(By.cssSelector(".recommendation")).isEmpty() && idle());
        }
        write();
        assertThat(timings).hasSize(5);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private boolean idle() {
        return Boolean.TRUE.equals(script("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients || Object.keys(flow.clients).length === 0) return false;
                return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());"""));
    }

    private void time(String what, Runnable action, BooleanSupplier done) {
        long start = System.nanoTime();
        action.run();
        waitUntil(done);
        record(what, start);
    }

    private void waitUntil(BooleanSupplier done) {
        new WebDriverWait(driver, WAIT, Duration.ofMillis(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> done.getAsBoolean());
    }

    private void record(String what, long start) {
        timings.computeIfAbsent(what, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1_000_000);
    }

    private void write() throws IOException {
        StringBuilder report = new StringBuilder("# What a person waits for\n\nMeasured by TimingsIT at " + Instant.now()
                + " in headless Chromium at 1366x768, " + RUNS + " runs each, on a machine with "
                + Runtime.getRuntime().availableProcessors() + " cores (load average "
                + String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()) + ").\n\n| what | median ms | fastest | slowest | all |\n|---|---|---|---|---|\n");
        timings.forEach((what, times) -> {
            List<Long> sorted = times.stream().sorted().toList();
            report.append("| ").append(what).append(" | ").append(sorted.get(sorted.size() / 2)).append(" | ")
                    .append(sorted.get(0)).append(" | ").append(sorted.get(sorted.size() - 1)).append(" | ")
                    .append(times).append(" |\n");
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "ui-timings.md"), report);
    }
}
