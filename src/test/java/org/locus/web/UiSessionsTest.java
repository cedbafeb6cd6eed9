package org.locus.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.locus.web.Problems.assertProblem;
import static org.locus.web.Problems.detail;

/** A page view costs no session; opening the UI does, within the client's allowance. */
@StrictLimits
class UiSessionsTest {

    @LocalServerPort
    int port;
    @Autowired
    SessionCount sessions;
    @Autowired
    WebServerApplicationContext application;

    private RawHttp.Response get(String from, String target, String... headers) {
        return new RawHttp(port).send(RawHttp.request("GET", target, List.of(headers), null), from);
    }

    private static String init(String location) {
        return "/?v-r=init&location=" + location + "&query=";
    }

    @Test
    void aPlainPageViewGetsThePageAndNoSession() {
        int before = sessions.alive();
        for (String page : List.of("/", "/assessment", "/cases")) {
            RawHttp.Response response = get("127.0.2.1", page);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).as(response.headers().toString()).contains("<div id=\"outlet\">");
            assertThat(response.headers("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("JSESSIONID"));
            assertThat(response.header("Content-Security-Policy")).as(page).isPresent();
            assertThat(response.header("Content-Length")).contains(Integer.toString(response.body().length));
        }
        assertThat(sessions.alive()).isLessThanOrEqualTo(before);
    }

    @Test
    void openingTheUiGetsASessionWithinTheClientsAllowance() {
        for (int i = 0; i < 5; i++) {
            RawHttp.Response opened = get("127.0.2.2", init("assessment"));
            assertThat(opened.status()).as(opened.text()).isEqualTo(200);
            assertThat(opened.headers("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID"));
        }

        RawHttp.Response refused = get("127.0.2.2", init("assessment"));

        assertProblem(refused, 429);
        assertThat(detail(refused)).startsWith("Too many new UI sessions from your address: at most 5 a minute.");
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(get("127.0.2.3", init("")).status()).as("another client").isEqualTo(200);
    }

    @Test
    void aSessionKeepsOnlyItsNewestUis() throws Exception {
        RawHttp.Response first = get("127.0.2.4", init(""));
        String cookie = first.headers("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElseThrow().split(";")[0];
        for (int i = 0; i < 4; i++) {
            assertThat(get("127.0.2.4", init(""), "Cookie: " + cookie).status()).isEqualTo(200);
        }

        assertThat(VaadinSessions.uisIn(application, cookie.substring("JSESSIONID=".length()))).isEqualTo(2);
    }
}
