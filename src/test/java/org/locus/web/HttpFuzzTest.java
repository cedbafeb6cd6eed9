package org.locus.web;

import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.fail;

/**
 * Ten thousand generated requests over every endpoint, the UI's pages and Vaadin's own requests, with bodies, headers,
 * paths, query strings, content types and charsets mutated the ways clients get them wrong, and some the ways an
 * attacker does: not one may get a 5xx, and every 4xx must be a problem document with a detail in words. The
 * requests come from a seeded generator; a failure prints the seed, and {@code -Dfuzz.seed=<seed>} repeats the run.
 * Requests come from 500 loopback addresses, so that the per-client limits let the costly ones through.
 */
@ServerTest
class HttpFuzzTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RuleBase ruleBase;
    @Autowired
    CaseLibrary cases;

    /** One generated request and what to tell about it on a failure. */
    private record Generated(String method, String target, List<String> headers, byte[] body, boolean chunked) {

        byte[] bytes() {
            if (!chunked) {
                return RawHttp.request(method, target, headers, body);
            }
            List<String> all = new ArrayList<>(headers);
            all.add("Transfer-Encoding: chunked");
            byte[] head = RawHttp.request(method, target, all, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(head);
            int at = 0;
            while (at < body.length) {
                int size = Math.min(body.length - at, 1 + at % 7000);
                out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, at, size);
                out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                at += size;
            }
            out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            return out.toByteArray();
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.ISO_8859_1);
            return method + " " + (target.length() > 200 ? target.substring(0, 200) + "…" : target) + " " + headers
                    + (chunked ? " chunked" : "") + (body == null ? "" : " body(" + body.length + "): " + shown);
        }
    }

    @Test
    void noRequestGetsA5xxAndEveryErrorIsAProblemDocument() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        RawHttp http = new RawHttp(port);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
            Generator generator = new Generator(new Random(seed * 31 + i));
            Generated request = generator.request();
            String from = "127.0." + (6 + i % 2) + "." + (1 + (i / 2) % 250);
            RawHttp.Response response;
            try {
                response = http.send(request.bytes(), from);
            } catch (RuntimeException e) {
                failures.add("#" + i + " no response (" + e.getMessage() + "): " + request);
                continue;
            }
            statuses.merge(response.status(), 1, Integer::sum);
            String wrong = response.status() >= 500 ? "status " + response.status() + ": " + response.text()
                    : response.status() >= 400 && !"HEAD".equals(request.method()) ? Problems.whatIsWrong(response) : null;
            if (wrong != null) {
                failures.add("#" + i + " " + wrong + "\n    for " + request);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!failures.isEmpty()) {
            fail("fuzz seed " + seed + " (repeat with -Dfuzz.seed=" + seed + "): " + failures.size()
                    + " failures, statuses " + statuses + ", in " + took.toSeconds() + " s\n" + String.join("\n", failures));
        }
        System.out.println("fuzz seed " + seed + ": " + REQUESTS + " requests in " + took.toSeconds() + " s, statuses "
                + statuses);
    }

    /** Makes one request; everything it picks comes from its own seeded random source. */
    private final class Generator {

        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        private <T> T pick(List<T> options) {
            return options.get(random.nextInt(options.size()));
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        Generated request() {
            String caseId = chance(80) ? pick(cases.cases()).id() : pick(List.of("nope", "", "%00", "..", "a%2Fb",
                    "x".repeat(300), "CASTELLON", "ümlaut", "%FF%FE"));
            record Endpoint(String method, String path, Supplier<byte[]> body) {
            }
            List<Endpoint> endpoints = List.of(
                    new Endpoint("POST", "/api/v1/diagnoses", this::answersBody),
                    new Endpoint("POST", "/api/v1/diagnoses", this::answersBody),
                    new Endpoint("POST", "/api/v1/answers/validate", this::answersBody),
                    new Endpoint("POST", "/api/v1/answers/validate", this::answersBody),
                    new Endpoint("POST", "/api/v1/diagnoses/batch", this::batchBody),
                    new Endpoint("POST", "/api/v1/cases/" + caseId + "/diagnosis", this::changesBody),
                    new Endpoint("GET", "/api/v1/cases/" + caseId, () -> null),
                    new Endpoint("GET", "/api/v1/cases", () -> null),
                    new Endpoint("GET", "/api/v1/questionnaire", () -> null),
                    new Endpoint("GET", "/api/v1/schema/answers", () -> null),
                    new Endpoint("GET", "/api/v1/rules", () -> null),
                    new Endpoint("GET", "/v3/api-docs", () -> null),
                    new Endpoint("GET", pick(List.of("/", "/assessment", "/cases", "/cases/" + caseId, "/results",
                            "/error", "/styles/locus.css", "/favicon.ico", "/swagger-ui/index.html", "/api",
                            "/api/v2/x", "/VAADIN/build/nope.js", "/?v-r=heartbeat&v-uiId=0", "/?v-r=uidl&v-uiId=3",
                            "/?v-r=nope", "/VAADIN/dynamic/resource/0/x/upload")), () -> null),
                    new Endpoint("POST", pick(List.of("/?v-r=uidl&v-uiId=0", "/", "/assessment",
                            "/VAADIN/dynamic/resource/1/abc/upload", "/?v-r=heartbeat&v-uiId=0")), this::anyBody));
            Endpoint endpoint = pick(endpoints);
            String method = chance(92) ? endpoint.method() : pick(List.of("GET", "POST", "PUT", "DELETE", "PATCH",
                    "HEAD", "OPTIONS", "TRACE", "BREW", "get", "PROPFIND", "CONNECT"));
            byte[] body = "GET".equals(method) || "HEAD".equals(method) ? (chance(5) ? anyBody() : null)
                    : endpoint.body().get();
            if (body == null && !"GET".equals(method) && !"HEAD".equals(method) && chance(50)) {
                body = new byte[0];
            }
            return new Generated(method, path(endpoint.path()) + query(), headers(body), body,
                    body != null && body.length > 0 && chance(10));
        }

        private String path(String path) {
            if (chance(80)) {
                return path;
            }
            return switch (random.nextInt(12)) {
                case 0 -> path + "/";
                case 1 -> path.replace("/v1/", "//v1//");
                case 2 -> path + ";jsessionid=abc";
                case 3 -> path + pick(List.of("%00", "%2F", "%5C", "%25", "%ZZ", "%C0%AE", "%E2%80%AE", "%20", "%0D%0A"));
                case 4 -> path + "/" + "a".repeat(pick(List.of(100, 2000, 7000, 9000)));
                case 5 -> path.toUpperCase();
                case 6 -> path.replace("/api/", "/%61pi/");
                case 7 -> path + "/../" + pick(List.of("..", "WEB-INF/web.xml", "META-INF/MANIFEST.MF", "etc/passwd"));
                case 8 -> "/" + randomText(random.nextInt(40)).replaceAll("[\\s?#]", "_");
                case 9 -> path + "/x/y/z";
                case 10 -> "http://localhost" + path;
                default -> path.replace("/", "\\");
            };
        }

        private String query() {
            if (chance(60)) {
                return "";
            }
            return "?" + switch (random.nextInt(10)) {
                case 0 -> "explain=" + pick(List.of("true", "false", "1", "yes", "maybe", "", "TRUE", "%00", "true&explain=false"));
                case 1 -> "explain";
                case 2 -> "";
                case 3 -> "a=" + "b".repeat(pick(List.of(10, 5000, 9000)));
                case 4 -> "%";
                // rarely: each opens a UI session, which lives ten minutes
                case 5 -> chance(25) ? "v-r=init&location=" + pick(List.of("", "assessment", "cases", "%00", "../x"))
                        + "&query=" : "v-r=" + pick(List.of("uidl", "heartbeat", "nope", ""));
                case 6 -> "x=%ZZ&y=%C0%80";
                case 7 -> "explain=false&format=md";
                case 8 -> "=&&=";
                default -> "q=" + randomText(20).replaceAll("[\\s#]", "+");
            };
        }

        private List<String> headers(byte[] body) {
            List<String> headers = new ArrayList<>();
            if (body != null || chance(10)) {
                String type = pick(List.of("application/json", "application/json", "application/json",
                        "application/json;charset=utf-8", "application/json; charset=UTF-16",
                        "application/json;charset=iso-8859-1", "application/json;charset=bogus", "text/plain",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml",
                        ";;;", "application/", "json", "*/*", "application/*", "APPLICATION/JSON",
                        "application/problem+json", "application/json;q=x"));
                if (chance(92)) {
                    headers.add("Content-Type: " + type);
                }
            }
            if (chance(70)) {
                headers.add("Accept: " + pick(List.of("application/json", "*/*", "text/markdown", "application/x-ndjson",
                        "application/json;charset=utf-16", "application/json;charset=utf-32", "text/markdown;charset=iso-8859-1",
                        "text/csv", "text/html", "application/problem+json", ";;;", "application/", "text/html;q=x",
                        "\"json\"", "", "*/*;q=0", "application/json, text/markdown;q=0.5", "image/*",
                        "application/schema+json", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")));
            }
            if (chance(8)) {
                headers.add(pick(List.of("X-Note: a\u0000b", "X-Long: " + "v".repeat(9000), "Accept-Charset: utf-16",
                        "Accept-Encoding: gzip, br", "Cookie: JSESSIONID=nope", "Cookie: JSESSIONID=" + "A".repeat(200),
                        "Range: bytes=0-10", "If-None-Match: *", "Origin: http://evil.example", "X-Forwarded-For: 1.2.3.4",
                        "Expect: 100-continue", "Content-Encoding: gzip", "Bad Header: x", ": empty", "X-\u00ff: y",
                        "Host: other.example", "Authorization: Basic eDp5", "Upgrade: websocket", "Connection: upgrade")));
            }
            return headers;
        }

        private byte[] anyBody() {
            return switch (random.nextInt(8)) {
                case 0 -> answersBody();
                case 1 -> randomBytes(random.nextInt(2000));
                case 2 -> "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}".getBytes(StandardCharsets.UTF_8);
                case 3 -> new byte[0];
                case 4 -> "a=b&c=d".getBytes(StandardCharsets.UTF_8);
                case 5 -> new byte[600 * 1024];
                case 6 -> "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\ndata\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8);
                default -> randomText(200).getBytes(StandardCharsets.UTF_8);
            };
        }

        private byte[] batchBody() {
            if (chance(15)) {
                return anyBody();
            }
            List<Object> items = new ArrayList<>();
            int count = chance(3) ? 1001 : random.nextInt(4);
            for (int i = 0; i < count; i++) {
                Map<String, Object> item = new LinkedHashMap<>();
                if (!chance(5)) {
                    item.put("id", chance(90) ? "item-" + (chance(5) ? 0 : i) : pick(List.of("", " ", 7, "\u0000")));
                }
                item.put("answers", count > 10 ? Map.of() : answers());
                items.add(chance(3) ? pick(List.of("x", 1, List.of())) : item);
            }
            Object document = chance(5) ? pick(List.of(List.of(), Map.of("items", "x"), Map.of("itemz", items)))
                    : Map.of("items", items);
            return encoded(JSON.writeValueAsString(document));
        }

        private byte[] changesBody() {
            return chance(30) ? null : answersBody();
        }

        private byte[] answersBody() {
            if (chance(12)) {
                return anyBody();
            }
            String text = chance(90) ? JSON.writeValueAsString(Map.of("answers", answers()))
                    : pick(List.of("{\"answers\": {}} {}", "{\"answers\": {}", "{\"answers\": [1,]}", "{'answers': {}}",
                    "{\"answers\": {\"a\": NaN}}", "{\"answers\": " + "[".repeat(3000) + "]".repeat(3000) + "}",
                    "{\"answers\": {\"cluster-present\": true, \"cluster-present\": false}}", "null", "[]", "\"x\"",
                    "{\"answers\": {\"x\": " + "9".repeat(3000) + "}}", "{\"answers\": {}, /* c */ \"y\": 1}",
                    "{\"answers\": {\"" + "k".repeat(60000) + "\": 1}}", "{\"answers\": {\"a\": \"\\ud800\"}}", " ", ""));
            byte[] bytes = encoded(text);
            return chance(3) ? mutatedBytes(bytes) : bytes;
        }

        /** The document in UTF-8 mostly, else in another encoding, with or without a byte order mark. */
        private byte[] encoded(String text) {
            if (chance(90)) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            Charset charset = pick(List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16,
                    Charset.forName("UTF-32"), StandardCharsets.ISO_8859_1));
            byte[] bytes = text.getBytes(charset);
            if (chance(30)) {
                byte[] bom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
                byte[] withBom = new byte[bom.length + bytes.length];
                System.arraycopy(bom, 0, withBom, 0, bom.length);
                System.arraycopy(bytes, 0, withBom, bom.length, bytes.length);
                return withBom;
            }
            return bytes;
        }

        private Map<String, Object> answers() {
            Map<String, Object> answers = new LinkedHashMap<>();
            LibraryCase source = pick(cases.cases());
            if (chance(50)) {
                answers.putAll(castValues(source.answers().toDocument()));
            }
            List<Question> questions = ruleBase.questionnaire().questions();
            for (int i = random.nextInt(6); i > 0; i--) {
                String key = chance(85) ? pick(questions).id() : pick(List.of("", " ", "no-such-question", "a",
                        "cluster", "CLUSTER-PRESENT", "\u0000", "~1/", "x".repeat(500), "ümlaut", "answers"));
                answers.put(key, value());
            }
            return answers;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> castValues(Map<String, Object> document) {
            return (Map<String, Object>) document.get("answers");
        }

        private Object value() {
            return switch (random.nextInt(14)) {
                case 0 -> random.nextBoolean();
                case 1 -> random.nextInt(7) - 1;
                case 2 -> random.nextDouble() * 200 - 50;
                case 3 -> pick(List.of("unknown", "yes", "", "many-entries", "stable", "\u0000", "x".repeat(3000)));
                case 4 -> null;
                case 5 -> new java.math.BigDecimal(pick(List.of("1e400", "-1e400", "4.999999999999999999999",
                        "1e-400", "3.0", "30e-1", "123456789012345678901234567890", "-0", "5.0000000000000000001")));
                case 6 -> List.of(1, 2);
                case 7 -> Map.of("value", 3);
                case 8 -> Long.MAX_VALUE;
                case 9 -> Double.MIN_VALUE;
                case 10 -> pick(pick(ruleBase.questionnaire().questions().stream()
                        .filter(q -> !q.options().isEmpty()).toList()).options()).id();
                default -> random.nextInt(5) + 1;
            };
        }

        private byte[] mutatedBytes(byte[] bytes) {
            byte[] copy = bytes.clone();
            for (int i = 0; i < 1 + random.nextInt(4) && copy.length > 0; i++) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
            return copy;
        }

        private byte[] randomBytes(int length) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            return bytes;
        }

        private String randomText(int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append((char) (chance(80) ? 32 + random.nextInt(95) : random.nextInt(0x3000)));
            }
            return text.toString();
        }
    }
}
