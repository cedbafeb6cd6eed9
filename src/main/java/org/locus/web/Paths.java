package org.locus.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/** The path a request is for, as Spring MVC will match it: decoded, without {@code ;} parameters. */
final class Paths {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private Paths() {
    }

    static String of(HttpServletRequest request) {
        try {
            return PATHS.getPathWithinApplication(request);
        } catch (IllegalArgumentException e) {
            return request.getRequestURI();
        }
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
