package org.locus.api;

import org.locus.diagnosis.DiagnosisDocument;
import org.locus.report.PdfBrief;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Writes a diagnosis as the PDF brief for clients that ask for {@code application/pdf}, for the region the
 * controller named ({@link BriefRequest}). Write-only.
 */
class DiagnosisPdfConverter extends AbstractHttpMessageConverter<DiagnosisDocument> {

    private final Supplier<PdfBrief> brief;
    private final Clock clock;

    /** @param brief the brief on the knowledge of the moment, which a reload may have changed */
    DiagnosisPdfConverter(Supplier<PdfBrief> brief, Clock clock) {
        super(MediaType.APPLICATION_PDF);
        this.brief = brief;
        this.clock = clock;
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
        throw new HttpMessageNotReadableException("a diagnosis is not read from a PDF", input);
    }

    @Override
    protected void writeInternal(DiagnosisDocument result, HttpOutputMessage output) throws IOException {
        byte[] pdf = brief.get().render(result, BriefRequest.subject(), clock.instant());
        output.getHeaders().setContentLength(pdf.length);
        output.getHeaders().set("Content-Disposition", "inline; filename=\"locus-brief.pdf\"");
        output.getBody().write(pdf);
    }
}
