package org.locus.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The page the servlet container shows for an error that escaped a handler ({@code sendError}, an exception in a
 * filter or in the UI's servlet): a problem document, as the API's own errors are, whatever the client asked for. Asked
 * for directly, {@code /error} is a page that does not exist. Replaces Spring Boot's error controller, which answers
 * a direct request with a 500 and writes errors in a shape of its own.
 */
@Controller
class ErrorDocuments implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDocuments.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(status instanceof Integer sent)) {
            SecurityHeaders.apply(request.getRequestURI(), request.isSecure(), response);
            ProblemResponse.write(response, 404, "There is no page " + request.getRequestURI()
                    + ". The API's endpoints are listed at /v3/api-docs.", request.getRequestURI());
            return;
        }
        int code = StatusDetails.answered(sent);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (code >= 500) {
            LOG.error("Request {} {} failed with {}", request.getMethod(), uri, code,
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        if (response.isCommitted()) {
            return;
        }
        // the container reset the response for its error page, the headers set on the way in with it
        SecurityHeaders.apply(uri == null ? null : uri.toString(), request.isSecure(), response);
        if (code == 405 && response.getHeader("Allow") == null) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
        }
        ProblemResponse.write(response, code, StatusDetails.of(code), uri == null ? null : uri.toString());
    }
}
