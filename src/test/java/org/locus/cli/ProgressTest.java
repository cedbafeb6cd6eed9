package org.locus.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void showsRegionsRateShareAndTimeLeftRedrawnInPlaceAndClearedAtTheEnd() {
        AtomicLong now = new AtomicLong(0);
        double[] share = {0.25};
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), () -> share[0], now::get);

        for (int i = 0; i < 100; i++) {
            now.addAndGet(10_000_000L); // 10 ms a region: 100 a second
            progress.step();
        }

        assertThat(progress.line(now.get())).isEqualTo("[######..................]  25% 100 regions, 100/s, 0:03 left");
        assertThat(text.toString()).startsWith("\r[").contains("\r[######").doesNotContain("\n");
        progress.end();
        assertThat(text.toString()).endsWith("\r");
    }

    @Test
    void withoutAShareItCountsAndGivesTheRateOnly() {
        Progress progress = new Progress(new PrintWriter(new StringWriter()), () -> Double.NaN, () -> 2_000_000_000L);
        progress.step();

        assertThat(progress.line(5_000_000_000L)).isEqualTo("1 region, 0/s");
        assertThat(Progress.clockTime(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
    }
}
