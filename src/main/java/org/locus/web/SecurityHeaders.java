package org.locus.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The headers that tell a browser what a response may do, on every response. The UI's Content Security Policy is the
 * strictest Vaadin works under: its client runs the scripts the server sends ({@code 'unsafe-eval'}) and its bootstrap
 * page and components use inline scripts and styles; everything else comes from the application itself, and no other
 * site may frame it. The API's responses are data, never a page, so their policy allows nothing at all.
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(Paths.of(request), request.isSecure(), response);
        chain.doFilter(request, response);
    }

    /** Also for the responses no filter sees: Tomcat's own error reports and the error page. */
    static void apply(String path, boolean secure, HttpServletResponse response) {
        boolean api = path != null && Paths.isApi(path);
        response.setHeader("Content-Security-Policy", api ? API_POLICY : UI_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
