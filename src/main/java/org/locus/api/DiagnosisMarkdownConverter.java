package org.locus.api;

import org.locus.diagnosis.DiagnosisDocument;
import org.locus.report.MarkdownReport;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Writes a diagnosis as Markdown for clients that ask for {@code text/markdown}, to paste into a report. Write-only:
 * answers always come in as JSON.
 */
class DiagnosisMarkdownConverter extends AbstractHttpMessageConverter<DiagnosisDocument> {

    static final String MARKDOWN = "text/markdown";

    private final Supplier<MarkdownReport> report;

    /** @param report the report on the knowledge of the moment, which a reload may have changed */
    DiagnosisMarkdownConverter(Supplier<MarkdownReport> report) {
        super(StandardCharsets.UTF_8, MediaType.parseMediaType(MARKDOWN));
        this.report = report;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return DiagnosisDocument.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected DiagnosisDocument readInternal(Class<? extends DiagnosisDocument> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("a diagnosis is not read from Markdown", input);
    }

    @Override
    protected void writeInternal(DiagnosisDocument result, HttpOutputMessage output) throws IOException {
        output.getBody().write(report.get().render(result).getBytes(StandardCharsets.UTF_8));
    }
}
