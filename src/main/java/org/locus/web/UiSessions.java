package org.locus.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who gets a UI session, the costliest thing a client can ask for (the heap for its views, until it ends). A plain page
 * view gets none: Vaadin makes one for its bootstrap page, which this filter ends again and takes back out of the
 * response, so only the browser that goes on to open the UI (its {@code v-r=init} request) gets one. That request is
 * held to the client's allowance of new sessions (429 past it) and to the cap on all sessions (503 at it).
 */
class UiSessions extends OncePerRequestFilter {

    private static final Duration RETRY_AT_CAPACITY = Duration.ofMinutes(1);

    private final ClientRates rates;
    private final SessionCount sessions;
    private final int maxSessions;

    UiSessions(ClientRates rates, SessionCount sessions, int maxSessions) {
        this.rates = rates;
        this.sessions = sessions;
        this.maxSessions = maxSessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = Paths.of(request);
        return Paths.isApi(path) || path.startsWith("/VAADIN/") || path.startsWith("/v3/")
                || path.startsWith("/swagger-ui") || request.getSession(false) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestType = vaadinRequestType(request.getQueryString());
        if (Paths.of(request).equals("/favicon.ico")) {
            // Vaadin answers it with an empty 404, and makes a session to do so; Locus has no icon
            ProblemResponse.write(response, 404, "There is no such file.", request.getRequestURI());
        } else if ("init".equals(requestType)) {
            if (sessions.alive() >= maxSessions) {
                ProblemResponse.writeRetryLater(response, 503, "Locus has as many UI sessions open as it is set up for ("
                        + maxSessions + "); try again in a minute.", request.getRequestURI(), RETRY_AT_CAPACITY);
                return;
            }
            Optional<Duration> wait = rates.take(ClientRates.Kind.SESSION, ClientRates.client(request));
            if (wait.isPresent()) {
                ProblemResponse.writeRetryLater(response, 429, rates.tooMany(ClientRates.Kind.SESSION, wait.get()),
                        request.getRequestURI(), wait.get());
                return;
            }
            chain.doFilter(request, response);
        } else if (requestType == null && isPageView(request)) {
            servedWithoutSession(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The value of {@code v-r}, Vaadin's kind of request; null for a page (the bootstrap page Vaadin serves). */
    private static String vaadinRequestType(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) {
                return pair.substring(4);
            }
        }
        return null;
    }

    /** A page of the UI ({@code /}, {@code /assessment}, ...), not a file ({@code /styles/locus.css}). */
    private static boolean isPageView(HttpServletRequest request) {
        String path = Paths.of(request);
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null
                && !path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private static void servedWithoutSession(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        BufferedPage page = new BufferedPage(response);
        chain.doFilter(request, page.response());
        HttpSession made = request.getSession(false);
        if (made != null && page.errorSent) {
            made.invalidate(); // the error page follows, and makes the response itself
            return;
        }
        if (made != null) {
            String cookie = request.getServletContext().getSessionCookieConfig().getName();
            made.invalidate();
            if (!response.isCommitted()) {
                withoutSessionCookie(response, cookie == null ? "JSESSIONID" : cookie);
            }
        }
        page.writeTo(response);
    }

    /** The response as it stands, less the cookie of the session just ended (a response cannot drop one header). */
    private static void withoutSessionCookie(HttpServletResponse response, String cookie) {
        int status = response.getStatus();
        String type = response.getContentType();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            List<String> values = new ArrayList<>(response.getHeaders(name));
            if (name.equalsIgnoreCase("Set-Cookie")) {
                values.removeIf(v -> v.startsWith(cookie + "="));
            }
            headers.put(name, values);
        }
        response.reset();
        response.setStatus(status);
        if (type != null) {
            response.setContentType(type);
        }
        headers.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    }

    /**
     * Holds the body back, so that the headers can still change once the page is made. A proxy rather than a
     * {@code HttpServletResponseWrapper}: Tomcat ends the response under a wrapper when a forward returns (Vaadin's
     * pages are forwarded to its servlet), which would send the headers before the session could be taken out.
     */
    private static final class BufferedPage implements InvocationHandler {

        private final HttpServletResponse real;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final HttpServletResponse proxy;
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean errorSent;

        BufferedPage(HttpServletResponse real) {
            this.real = real;
            this.proxy = (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                    new Class<?>[]{HttpServletResponse.class}, this);
        }

        HttpServletResponse response() {
            return proxy;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "getOutputStream":
                    return stream();
                case "getWriter":
                    if (writer == null) {
                        writer = new PrintWriter(new OutputStreamWriter(stream(), charset()));
                    }
                    return writer;
                case "flushBuffer":
                    if (writer != null) {
                        writer.flush();
                    }
                    return null;
                case "resetBuffer":
                    body.reset();
                    return null;
                case "reset":
                    body.reset();
                    real.reset();
                    return null;
                case "isCommitted":
                    return real.isCommitted();
                case "equals":
                    return self == args[0];
                case "hashCode":
                    return System.identityHashCode(self);
                case "sendError":
                    errorSent = true;
                    // and on to the real response, which the error page then writes
                default:
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }

        private java.nio.charset.Charset charset() {
            try {
                String encoding = real.getCharacterEncoding();
                return encoding == null ? StandardCharsets.ISO_8859_1 : java.nio.charset.Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }

        private ServletOutputStream stream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("a page is written in one go");
                    }

                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        body.write(bytes, offset, length);
                    }
                };
            }
            return stream;
        }

        void writeTo(HttpServletResponse response) throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (body.size() == 0) {
                return; // a HEAD request, or an error sent instead of the page
            }
            response.setContentLength(body.size());
            response.getOutputStream().write(body.toByteArray());
        }
    }
}
