package org.locus.api;

import org.locus.report.PdfBrief;
import org.locus.report.Subject;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.List;

/**
 * What a request for the PDF brief adds to a diagnosis: the region it is about, which the controller knows (from the
 * query, or the case) and the converter that writes the brief needs, handed over as a request attribute; and whether
 * the client wants the brief, which is always analysed, since its first page says how firm each recommendation is.
 */
final class BriefRequest {

    static final String PDF = PdfBrief.MEDIA_TYPE;
    static final String REGION_DESCRIPTION = "For a PDF brief: the region's name, printed on its first page "
            + "(at most " + Subject.MAX_LENGTH + " characters are kept)";
    static final String PERIOD_DESCRIPTION = "For a PDF brief: the period the answers describe, such as 2026 or 1990s";
    private static final String SUBJECT = BriefRequest.class.getName() + ".subject";

    private BriefRequest() {
    }

    static void subject(Subject subject) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(SUBJECT, subject, RequestAttributes.SCOPE_REQUEST);
        }
    }

    static Subject subject() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object subject = request == null ? null : request.getAttribute(SUBJECT, RequestAttributes.SCOPE_REQUEST);
        return subject instanceof Subject s ? s : Subject.unnamed();
    }

    /** Whether the PDF is the client's first choice among what a diagnosis is written as. */
    static boolean wantsPdf(String accept) {
        if (accept == null || !accept.contains(PDF)) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            types = new java.util.ArrayList<>(types);
            types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            return types.stream().filter(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON)
                            || t.isCompatibleWith(MediaType.APPLICATION_PDF) || t.toString().startsWith("text/markdown"))
                    .findFirst().map(t -> t.equalsTypeAndSubtype(MediaType.APPLICATION_PDF)).orElse(false);
        } catch (RuntimeException e) {
            return false; // Spring answers a malformed Accept header itself, with its problem document
        }
    }
}
