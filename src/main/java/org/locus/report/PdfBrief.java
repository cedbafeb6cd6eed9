package org.locus.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.rulebase.RuleBase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The brief an adviser hands a decision maker, as a PDF: {@link BriefHtml} laid out by openhtmltopdf and written by
 * PDFBox, with DejaVu Sans embedded (a subset of it), so that it reads the same on every machine and prints.
 */
public final class PdfBrief {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final String FONTS = "/locus/fonts/";
    private static final String FAMILY = "DejaVu Sans";

    static {
        // the library reports each font it loads on standard error: noise to a command-line user, with its own
        // class names in it; a brief that cannot be made fails with an exception all the same
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private final RuleBase ruleBase;

    public PdfBrief(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public byte[] render(DiagnosisDocument document, Subject subject, Instant assessedAt) {
        String html = new BriefHtml(ruleBase).render(document, subject, assessedAt);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF brief: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }

    /** The XHTML the PDF is laid out from, for tests and for anyone who wants the brief as a web page. */
    public String html(DiagnosisDocument document, Subject subject, Instant assessedAt) {
        return new BriefHtml(ruleBase).render(document, subject, assessedAt);
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        if (PdfBrief.class.getResource(FONTS + file) == null) {
            throw new IllegalStateException("the font " + file + " is missing from the application");
        }
        builder.useFont(() -> open(file), FAMILY, weight, style, true);
    }

    private static InputStream open(String file) {
        return PdfBrief.class.getResourceAsStream(FONTS + file);
    }
}
