package org.locus.api;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.Diagnostician;
import org.locus.rulebase.RuleBase;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF brief over the API: {@code Accept: application/pdf} on a diagnosis, and bad input still a problem. */
@ApiTest
class BriefApiTest {

    private static final String DIAGNOSES = "/api/v1/diagnoses";

    @Autowired
    ApiClient api;
    @Autowired
    RuleBase ruleBase;
    @Autowired
    CaseLibrary cases;
    @Autowired
    Diagnostician diagnostician;

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void writesTheBriefForTheRegionNamedInTheQuery() throws IOException {
        LibraryCase c = cases.find("sinos-valley-footwear").orElseThrow();
        HttpResponse<byte[]> reply = api.postForBytes(DIAGNOSES + "?region=" + URLEncoder.encode("Vale do Sinos & Co",
                StandardCharsets.UTF_8) + "&period=2026", ApiClient.json(c.answers().toDocument()), "Accept", "application/pdf");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(reply.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(reply.body());
        // the brief is always analysed: its first page says how firm each recommendation is
        assertThat(text).contains("Vale do Sinos & Co (2026)").contains(ruleBase.edition().name()).contains("How firm:")
                .contains(diagnostician.diagnose(c.answers()).recommendations().get(0).title());
    }

    @Test
    void aCasesBriefIsAboutTheCasesPlace() throws IOException {
        LibraryCase c = cases.find("castellon-ceramic-tiles").orElseThrow();
        HttpResponse<byte[]> reply = api.postForBytes("/api/v1/cases/" + c.id() + "/diagnosis", "{\"answers\": {}}",
                "Accept", "application/pdf");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(text(reply.body())).contains(c.place());
    }

    @Test
    void answersProblemsAsProblemsEvenToAPdfClient() {
        ApiClient.Reply reply = api.postJson(DIAGNOSES, "{\"answers\": {\"no-such-question\": 1}}", "Accept", "application/pdf");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.pointers()).containsExactly("/answers/no-such-question");

        ApiClient.Reply notJson = api.postJson(DIAGNOSES, "{\"answers\": ", "Accept", "application/pdf");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aClientThatPrefersJsonStillGetsJson() {
        ApiClient.Reply reply = api.postJson(DIAGNOSES, "{\"answers\": {}}", "Accept", "application/json, application/pdf;q=0.5");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().has("analysis")).isFalse();
        assertThat(BriefRequest.wantsPdf("application/pdf")).isTrue();
        assertThat(BriefRequest.wantsPdf("text/markdown, application/pdf;q=0.9")).isFalse();
        assertThat(BriefRequest.wantsPdf("application/pdf;q=0.9, application/json;q=0.5")).isTrue();
        assertThat(BriefRequest.wantsPdf("application/pdf;q=nonsense")).isFalse();
        assertThat(BriefRequest.wantsPdf(null)).isFalse();
    }
}
