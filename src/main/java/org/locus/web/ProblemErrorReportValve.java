package org.locus.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report (public, as the host makes it by its class name), for the errors it answers itself before the application sees the request (a malformed URL
 * or header, a request line too long) and any error no one else wrote a body for: a problem document instead of
 * Tomcat's HTML page, so that every client, the API's above all, gets errors it can read.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorReportValve.class);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int sent = response.getStatus();
        // the same checks as Tomcat's own report: nothing to add to a success, to a body already written, twice, or
        // to a connection that can no longer be written to
        if (sent < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        int status = StatusDetails.answered(sent);
        if (status >= 500) {
            LOG.error("Request {} {} failed with {}", request.getMethod(), request.getRequestURI(), status, throwable);
        }
        try {
            SecurityHeaders.apply(request.getRequestURI(), request.isSecure(), response);
            response.setStatus(status);
            if (status == 405) {
                response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            }
            response.setContentType(ProblemResponse.PROBLEM_JSON);
            response.setCharacterEncoding("UTF-8");
            // the path as the client sent it, when Tomcat could read it at all
            String instance = request.getRequestURI();
            byte[] body = ProblemResponse.body(status, StatusDetails.of(status),
                    instance == null || instance.isEmpty() || instance.length() > 200 ? null : instance);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response could not take a body: nothing left to tell anyone
        }
    }
}
