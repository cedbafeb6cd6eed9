package org.locus.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the API's {@code Accept} and {@code Content-Type} before Spring MVC does, which answers a header it cannot
 * parse with an empty 406 or 415. An unreadable header is a problem that says which header and what to send. A
 * {@code charset} parameter is dropped from both: the API writes UTF-8 only (as RFC 8259 has JSON; a converter asked
 * for another charset failed with a 500), and reads a JSON body by its bytes, which tell UTF-8, UTF-16 and UTF-32
 * apart, so that a charset name it does not know is no reason to refuse the body.
 */
class MediaTypeHeaders extends OncePerRequestFilter {

    private static final Pattern CHARSET = Pattern.compile("(?i)\\s*;\\s*charset\\s*=\\s*(\"[^\"]*\"|[^;,]*)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Paths.isApi(Paths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String declared = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String contentType = declared == null ? null : withoutCharset(declared);
        if (contentType != null && !readable(contentType)) {
            ProblemResponse.write(response, 415, "The Content-Type header '" + shortened(declared)
                    + "' is not a media type; send the body as JSON, with 'Content-Type: application/json'.",
                    request.getRequestURI());
            return;
        }
        List<String> accepts = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        String accept = accepts.isEmpty() ? null : withoutCharset(String.join(", ", accepts));
        if (accept != null && !readableList(accept)) {
            ProblemResponse.write(response, 400, "The Accept header '" + shortened(String.join(", ", accepts))
                    + "' is not a list of media types; ask for application/json (or leave Accept out).",
                    request.getRequestURI());
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                String replaced = replaced(name);
                return replaced == null ? super.getHeader(name) : replaced;
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                String replaced = replaced(name);
                return replaced == null ? super.getHeaders(name) : Collections.enumeration(List.of(replaced));
            }

            @Override
            public String getContentType() {
                return contentType == null ? super.getContentType() : contentType;
            }

            private String replaced(String name) {
                if (accept != null && HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
                    return accept;
                }
                return contentType != null && HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? contentType : null;
            }
        }, response);
    }

    private static boolean readableList(String accept) {
        try {
            return !MediaType.parseMediaTypes(accept).isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean readable(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Drops every charset parameter, by text: a charset Java does not know would fail the parse itself. */
    static String withoutCharset(String header) {
        return CHARSET.matcher(header).replaceAll("");
    }

    /** A header quoted in a problem, never so long that the problem is mostly the header. */
    static String shortened(String header) {
        String printable = header.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
    }
}
