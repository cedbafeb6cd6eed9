package org.locus.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of UIs, from one client and from many, cannot fill the heap: the client's allowance of new sessions, the
 * cap on all sessions and on the tabs of one session bound what the flood keeps, and the sessions it leaves behind
 * end once they go quiet. The heap retained after a full collection is measured before, during and after. Bounded:
 * 1,200 requests and about half a minute.
 */
@StrictLimits
class UiFloodIT {

    /** Each UI of the wizard holds about 0.4 MB; a thousand would be 400 MB. */
    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    SessionCount sessions;

    private RawHttp.Response init(String from, String... headers) {
        return new RawHttp(port).send(RawHttp.request("GET", "/?v-r=init&location=assessment&query=",
                List.of(headers), null), from);
    }

    @Test
    void aFloodOfUisKeepsLittleAndLeavesNothingOnceQuiet() throws Exception {
        long before = retainedHeap();
        Map<Integer, Integer> statuses = new TreeMap<>();

        for (int i = 0; i < 600; i++) { // one client, no cookie: a new session asked for each time
            statuses.merge(init("127.0.3.1").status(), 1, Integer::sum);
        }
        for (int i = 0; i < 500; i++) { // many clients, a few each
            statuses.merge(init("127.0.3." + (2 + i % 100)).status(), 1, Integer::sum);
        }
        RawHttp.Response first = init("127.0.5.1");
        String cookie = first.headers("Set-Cookie").isEmpty() ? null
                : first.headers("Set-Cookie").get(0).split(";")[0];
        for (int i = 0; i < 100; i++) { // one session, a tab opened again and again
            statuses.merge(cookie == null ? init("127.0.5.1").status() : init("127.0.5.1", "Cookie: " + cookie).status(),
                    1, Integer::sum);
        }
        long during = retainedHeap();

        assertThat(statuses.get(200)).as("statuses %s", statuses).isLessThanOrEqualTo(5 + 60 + 100);
        assertThat(statuses.keySet()).as("statuses %s", statuses).containsOnly(200, 429, 503);
        assertThat(sessions.alive()).isLessThanOrEqualTo(60);
        assertThat((during - before) / MB).as("MB retained by the flood").isLessThan(100);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (sessions.alive() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(sessions.alive()).as("sessions left once quiet").isZero();
        assertThat((retainedHeap() - before) / MB).as("MB retained once the sessions ended").isLessThan(20);
    }

    private static long retainedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
