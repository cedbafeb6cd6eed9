package org.locus.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Gives a problem document to an error the UI's servlet answers with a bare status and no body: Vaadin does so for a
 * path it finds unsafe (400), a range it cannot serve (416), a translation file it lacks (404). Tomcat's own error
 * report cannot step in, because Tomcat ends the response as soon as Vaadin's forward returns. So the response Vaadin
 * gets is a proxy (not a wrapper, which Tomcat would see through) that keeps the output open until this filter has
 * looked at what was written, and lets nothing but written bytes be flushed.
 */
class BareErrors extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return Paths.isApi(Paths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Watched watched = new Watched(response);
        chain.doFilter(request, watched.proxy);
        int status = response.getStatus();
        if (status >= 400 && !watched.errorSent && watched.written == 0 && !response.isCommitted()
                && !request.isAsyncStarted() && !"HEAD".equals(request.getMethod())) {
            ProblemResponse.write(response, status, StatusDetails.of(status), request.getRequestURI());
        }
    }

    private static final class Watched implements InvocationHandler {

        private final HttpServletResponse real;
        private final HttpServletResponse proxy;
        private ServletOutputStream stream;
        private PrintWriter writer;
        private long written;
        private boolean errorSent;

        Watched(HttpServletResponse real) {
            this.real = real;
            this.proxy = (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                    new Class<?>[]{HttpServletResponse.class}, this);
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "getOutputStream":
                    return stream();
                case "getWriter":
                    return writer();
                case "equals":
                    return self == args[0];
                case "hashCode":
                    return System.identityHashCode(self);
                case "flushBuffer":
                    // with nothing written, flushing would only send the bare status before this filter looks
                    if (written > 0) {
                        real.flushBuffer();
                    }
                    return null;
                case "sendError", "sendRedirect":
                    errorSent = true;
                    // and on to the real response
                default:
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }

        /** The real output is asked for only when there is something to write, so that a problem can still be. */
        private ServletOutputStream stream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    private ServletOutputStream out;

                    private ServletOutputStream out() throws IOException {
                        if (out == null) {
                            out = real.getOutputStream();
                        }
                        return out;
                    }

                    @Override
                    public boolean isReady() {
                        try {
                            return out().isReady();
                        } catch (IOException e) {
                            return false;
                        }
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        try {
                            out().setWriteListener(listener);
                        } catch (IOException e) {
                            listener.onError(e);
                        }
                    }

                    @Override
                    public void write(int b) throws IOException {
                        written++;
                        out().write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        written += length;
                        out().write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        if (written > 0) {
                            out().flush();
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        // the container completes the response; closing it here would end it before this filter looks
                        flush();
                    }
                };
            }
            return stream;
        }

        private PrintWriter writer() {
            if (writer == null) {
                writer = new PrintWriter(new Writer() {
                    private PrintWriter out;

                    private PrintWriter out() throws IOException {
                        if (out == null) {
                            out = real.getWriter();
                        }
                        return out;
                    }

                    @Override
                    public void write(char[] chars, int offset, int length) throws IOException {
                        written += length;
                        out().write(chars, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        if (written > 0) {
                            out().flush();
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
            }
            return writer;
        }
    }
}
