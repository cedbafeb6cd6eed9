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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what Tomcat, Spring MVC and Vaadin would fail on before they do: a method no part of Locus takes (Tomcat's
 * answer is a 501), a query string that cannot be decoded (a 500 from whoever first asks for a parameter), and an
 * {@code Accept} or {@code Content-Type} that does not parse (an empty 406 or 415). Each is a problem that says what
 * to send instead; for the UI's pages an unreadable {@code Accept} is ignored, as a browser's would be. A
 * {@code charset} parameter is dropped from both headers: the API writes UTF-8 only (as RFC 8259 has JSON; a converter
 * asked for another charset failed with a 500), and reads a JSON body by its bytes, which tell UTF-8, UTF-16 and UTF-32
 * apart, so that a charset name it does not know is no reason to refuse the body.
 */
class UnreadableRequests extends OncePerRequestFilter {

    private static final Pattern CHARSET = Pattern.compile("(?i)\\s*;\\s*charset\\s*=\\s*(\"[^\"]*\"|[^;,]*)");

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, POST, OPTIONS");
            ProblemResponse.write(response, 405, "Locus does not take the method '" + shortened(request.getMethod())
                    + "'; it takes GET, HEAD, POST and OPTIONS.", request.getRequestURI());
            return;
        }
        String query = request.getQueryString();
        if (query != null && !QueryString.readable(query)) {
            ProblemResponse.write(response, 400, "The query string '" + shortened(query) + "' cannot be decoded: each "
                    + "parameter needs a name, and a % must begin an escape of two hex digits for UTF-8 bytes.",
                    request.getRequestURI());
            return;
        }
        String path = Paths.of(request);
        boolean data = Paths.isApi(path) || path.startsWith("/v3/");
        String declared = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String contentType = declared == null ? null : withoutCharset(declared);
        if (data && contentType != null && !readable(contentType)) {
            ProblemResponse.write(response, 415, "The Content-Type header '" + shortened(declared)
                    + "' is not a media type; send the body as JSON, with 'Content-Type: application/json'.",
                    request.getRequestURI());
            return;
        }
        List<String> accepts = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        String written = accepts.isEmpty() ? null : withoutCharset(String.join(", ", accepts));
        if (data && written != null && !readableList(written)) {
            ProblemResponse.write(response, 400, "The Accept header '" + shortened(String.join(", ", accepts))
                    + "' is not a list of media types; ask for application/json (or leave Accept out).",
                    request.getRequestURI());
            return;
        }
        // a page view with an Accept no one can read is served as if it had none
        String accept = written == null || readableList(written) ? written : "*/*";
        String typeRead = contentType == null || readable(contentType) || data ? contentType : null;
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
                return typeRead == null ? super.getContentType() : typeRead;
            }

            private String replaced(String name) {
                if (accept != null && HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
                    return accept;
                }
                return typeRead != null && HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? typeRead : null;
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
