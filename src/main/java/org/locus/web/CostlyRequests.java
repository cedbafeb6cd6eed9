package org.locus.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Holds each client to its allowance of the API's costly requests, batches and diagnoses with {@code explain=true},
 * before their bodies are parsed: one over it gets a 429 problem with {@code Retry-After} once its body is over.
 */
class CostlyRequests extends OncePerRequestFilter {

    /** What Spring MVC reads as false; anything else asks for the analysis (or is refused as a bad value, later). */
    private static final Set<String> NOT_EXPLAINED = Set.of("false", "off", "no", "0", "");

    private final ClientRates rates;
    private final BodyReading bodies;

    CostlyRequests(ClientRates rates, BodyReading bodies) {
        this.rates = rates;
        this.bodies = bodies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientRates.Kind kind = kind(request);
        if (kind != null) {
            Optional<Duration> wait = rates.take(kind, ClientRates.client(request));
            if (wait.isPresent()) {
                bodies.refuse(request, response, new BodyReading.Refusal(429, rates.tooMany(kind, wait.get()),
                        wait.get()));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static ClientRates.Kind kind(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String path = Paths.of(request);
        if (path.equals("/api/v1/diagnoses/batch")) {
            return ClientRates.Kind.BATCH;
        }
        boolean diagnosis = path.equals("/api/v1/diagnoses")
                || path.startsWith("/api/v1/cases/") && path.endsWith("/diagnosis");
        return diagnosis && explained(request.getQueryString()) ? ClientRates.Kind.EXPLAINED : null;
    }

    /** Read from the query string itself: asking the request for a parameter could read a form body, and block. */
    private static boolean explained(String query) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            if ("explain".equals(name) && !NOT_EXPLAINED.contains(decoded(equals < 0 ? "" : pair.substring(equals + 1))
                    .trim().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
