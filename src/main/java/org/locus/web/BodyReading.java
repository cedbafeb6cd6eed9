package org.locus.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.locus.api.ApiLimits;
import org.springframework.util.unit.DataSize;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads every request body before the request is handled, without a worker thread: the container calls back as bytes
 * arrive, and only a body that is complete, within its size limit and its time limit, is handed on, from memory.
 * Blocking reads would let a client that sends its body slowly, or declares one and never sends it, hold a worker for
 * as long as it likes, and a few hundred such clients held them all. A body over its limit is refused as soon as it
 * says or shows so (413), one that does not arrive in time gets a 408, both problem documents.
 */
class BodyReading implements Filter {

    private final ApiLimits limits;

    BodyReading(ApiLimits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!hasBody(request) || !request.isAsyncSupported()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        String contentType = request.getContentType();
        if (contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, 10)) {
            refuseDraining(request, response, 415, "Locus takes no form uploads: the API reads JSON ('Content-Type: "
                    + "application/json') and the UI sends an answers file as it is.", null, drainAtMost(),
                    limits.bodyTimeout());
            return;
        }
        DataSize limit = limitFor(Paths.of(request));
        if (request.getContentLengthLong() > limit.toBytes()) {
            refuseDraining(request, response, 413, tooLarge(limit), null, drainAtMost(), limits.bodyTimeout());
            return;
        }
        BufferedBody buffered = new BufferedBody(request);
        AsyncContext async = request.startAsync(buffered, response);
        async.setTimeout(limits.bodyTimeout().toMillis());
        Reader reader = new Reader(request.getInputStream(), async, buffered, limit, path);
        async.addListener(reader);
        request.getInputStream().setReadListener(reader);
    }

    /** The most a refused body is read on for: the largest body any request may have. */
    long drainAtMost() {
        return Math.max(limits.maxBatchBodySize().toBytes(), Math.max(limits.maxBodySize().toBytes(),
                limits.maxUiBodySize().toBytes()));
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    DataSize limitFor(String path) {
        if (path.equals("/api/v1/diagnoses/batch")) {
            return limits.maxBatchBodySize();
        }
        return Paths.isApi(path) ? limits.maxBodySize() : limits.maxUiBodySize();
    }

    static String tooLarge(DataSize limit) {
        return "The request body is larger than the limit of " + readable(limit) + ".";
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }

    /** Answers at once and closes the connection, so that the rest of the body is never read. */
    private static void refuse(HttpServletResponse response, int status, String detail, String path) throws IOException {
        response.setHeader("Connection", "close");
        ProblemResponse.write(response, status, detail, path);
    }

    /**
     * Answers at once, then reads what is left of the body into nothing before the connection closes: closed on a
     * client still sending, the connection would be reset, and a reset can lose the answer on its way. Without a
     * worker thread, as all body reading here; a body that goes on past {@code drainAtMost} is cut off.
     */
    static void refuseDraining(HttpServletRequest request, HttpServletResponse response, int status, String detail,
                               Duration retryAfter, long drainAtMost, Duration timeout) throws IOException {
        response.setHeader("Connection", "close");
        if (retryAfter != null) {
            ProblemResponse.writeRetryLater(response, status, detail, request.getRequestURI(), retryAfter);
        } else {
            ProblemResponse.write(response, status, detail, request.getRequestURI());
        }
        if (!hasBody(request) || !request.isAsyncSupported() || request.getContentLengthLong() > drainAtMost) {
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(timeout.toMillis());
        drain(request.getInputStream(), async, drainAtMost, new AtomicBoolean());
    }

    private static void drain(ServletInputStream in, AsyncContext async, long drainAtMost, AtomicBoolean settled) {
        byte[] scratch = new byte[8192];
        long[] drained = {0};
        Runnable end = () -> {
            if (settled.compareAndSet(false, true)) {
                async.complete();
            }
        };
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                end.run();
            }

            @Override
            public void onError(AsyncEvent event) {
                end.run();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        in.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws IOException {
                while (!settled.get() && in.isReady()) {
                    int read = in.read(scratch);
                    if (read < 0) {
                        return;
                    }
                    drained[0] += read;
                    if (drained[0] > drainAtMost) {
                        end.run();
                    }
                }
            }

            @Override
            public void onAllDataRead() {
                end.run();
            }

            @Override
            public void onError(Throwable failure) {
                end.run();
            }
        });
    }

    /** Collects the body as it arrives; exactly one of: handed on, refused as too large, timed out, or dropped. */
    private final class Reader implements ReadListener, AsyncListener {

        private final ServletInputStream in;
        private final AsyncContext async;
        private final BufferedBody buffered;
        private final DataSize limit;
        private final String path;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[8192];
        private final AtomicBoolean settled = new AtomicBoolean();
        private final AtomicBoolean completed = new AtomicBoolean();
        private volatile boolean draining;
        private long drainedBytes;

        Reader(ServletInputStream in, AsyncContext async, BufferedBody buffered, DataSize limit, String path) {
            this.in = in;
            this.async = async;
            this.buffered = buffered;
            this.limit = limit;
            this.path = path;
        }

        @Override
        public void onDataAvailable() throws IOException {
            if (draining) {
                drainRest();
                return;
            }
            while (!settled.get() && in.isReady()) {
                int read = in.read(chunk);
                if (read < 0) {
                    return;
                }
                body.write(chunk, 0, read);
                if (body.size() > limit.toBytes() && settled.compareAndSet(false, true)) {
                    HttpServletResponse response = (HttpServletResponse) async.getResponse();
                    response.setHeader("Connection", "close");
                    ProblemResponse.write(response, 413, tooLarge(limit), path);
                    body.reset();
                    drainRest();
                    return;
                }
            }
        }

        /** Reads on, into nothing (see refuseDraining), and ends the exchange once the body is over, or too long. */
        private void drainRest() throws IOException {
            draining = true;
            while (!completed.get() && in.isReady()) {
                int read = in.read(chunk);
                if (read < 0) {
                    return; // onAllDataRead follows
                }
                drainedBytes += read;
                if (drainedBytes > drainAtMost()) {
                    end();
                }
            }
        }

        private void end() {
            if (completed.compareAndSet(false, true)) {
                async.complete();
            }
        }

        @Override
        public void onAllDataRead() {
            if (draining) {
                end();
                return;
            }
            if (settled.compareAndSet(false, true)) {
                buffered.body = body.toByteArray();
                async.dispatch();
            }
        }

        @Override
        public void onError(Throwable failure) {
            // the client hung up or the connection broke: there is no one to answer
            if (settled.compareAndSet(false, true) || draining) {
                end();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            if (draining) {
                end();
                return;
            }
            if (settled.compareAndSet(false, true)) {
                refuse((HttpServletResponse) async.getResponse(), 408, "The request body did not arrive within "
                        + limits.bodyTimeout().toSeconds() + " seconds; send it again, all at once.", path);
                end();
            }
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    /** The request with its body read: whoever handles it reads from memory, never from the network. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private byte[] body = new byte[0];

        BufferedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
        }

        /** The request's encoding, ISO-8859-1 when it names none (as the servlet specification has it) or one unknown. */
        private Charset charset() {
            try {
                String encoding = getCharacterEncoding();
                return encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.ISO_8859_1;
            }
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
