package org.locus.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every response carries the browser's security headers: pages, scripts, data, and errors from any layer. */
@ServerTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private RawHttp.Response get(String target) {
        return new RawHttp(port).send(RawHttp.request("GET", target, List.of(), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/assessment", "/styles/locus.css", "/api/v1/questionnaire", "/api/v1/cases/nope",
            "/api/v1/nope", "/error", "/api/v1/cases/%00", "/%2e%2e/x", "/v3/api-docs", "/swagger-ui/index.html",
            "/?v-r=init&location=&query="})
    void everyResponseCarriesTheSecurityHeaders(String target) {
        RawHttp.Response response = get(target);

        assertThat(response.header("Content-Security-Policy")).as(target).get().asString().contains("frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).as(target).contains("nosniff");
        assertThat(response.header("Referrer-Policy")).as(target).contains("no-referrer");
        assertThat(response.header("X-Frame-Options")).as(target).contains("DENY");
        assertThat(response.header("Cross-Origin-Opener-Policy")).as(target).contains("same-origin");
    }

    @Test
    void theApiAllowsABrowserNothing() {
        assertThat(get("/api/v1/questionnaire").header("Content-Security-Policy")).contains(SecurityHeaders.API_POLICY);
    }

    @Test
    void theUiPolicyLoadsOnlyFromTheApplication() {
        String policy = get("/").header("Content-Security-Policy").orElseThrow();

        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "connect-src 'self'")
                .doesNotContain("*", "http:", "https:");
    }

    @Test
    void theSessionCookieIsSameSiteStrictAndHttpOnly() {
        RawHttp.Response response = get("/?v-r=init&location=&query=");

        assertThat(response.headers("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().asString().contains("SameSite=Strict", "HttpOnly");
    }
}
