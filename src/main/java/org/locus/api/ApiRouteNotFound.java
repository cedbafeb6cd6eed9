package org.locus.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * Answers a path under {@code /api} that no controller serves with a 404 problem. Without it the request would fall
 * through to the UI's catch-all mapping, and a client with a typo in its URL would get an HTML page. It is asked
 * after the controllers' mapping, so a known path with the wrong method still gets its 405; and it fails the lookup
 * itself rather than returning a handler, so the failure reaches {@link ApiProblems} like the controllers' own.
 */
class ApiRouteNotFound extends AbstractHandlerMapping {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    ApiRouteNotFound() {
        // before Vaadin's catch-all and the static resources, both at LOWEST_PRECEDENCE - 1
        setOrder(Ordered.LOWEST_PRECEDENCE - 2);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) throws NoHandlerFoundException {
        String path = PATHS.getPathWithinApplication(request);
        if (path.equals("/api") || path.startsWith("/api/")) {
            throw new NoHandlerFoundException(request.getMethod(), path, new ServletServerHttpRequest(request).getHeaders());
        }
        return null;
    }
}
