package org.locus.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What the API answers a request that needs an account and has none (401, with how to authenticate) or has one
 * without the role (403): an RFC 9457 problem document like every other error of the API.
 */
final class ApiAuthentication {

    private ApiAuthentication() {
    }

    static AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> write(request, response, 401,
                "This needs an account: send an API token as 'Authorization: Bearer <token>' (docs/api.md).",
                "Unauthorized");
    }

    static AccessDeniedHandler accessDenied() {
        return (request, response, e) -> write(request, response, 403,
                "Your account's role does not allow this.", "Forbidden");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail,
                              String title) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"locus\"");
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\",\"instance\":\""
                + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

}
