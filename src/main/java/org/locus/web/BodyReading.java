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
 * as long as it likes, and a few hundred such clients held them all. A body over its limit is refused (413), one that
 * does not arrive in time gets a 408, both problem documents. A refused body is read on into nothing before the
 * answer goes out (up to the largest body any request may have): a connection closed on a client still sending is
 * reset, and a reset can lose the answer on its way.
 */
class BodyReading implements Filter {

    /** An answer to send once the body is over, instead of handing the request on. */
    record Refusal(int status, String detail, Duration retryAfter) {
    }

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
        String contentType = request.getContentType();
        if (contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, 10)) {
            refuse(request, response, new Refusal(415, "Locus takes no form uploads: the API reads JSON "
                    + "('Content-Type: application/json') and the UI sends an answers file as it is.", null));
            return;
        }
        DataSize limit = limitFor(Paths.of(request));
        if (request.getContentLengthLong() > limit.toBytes()) {
            refuse(request, response, new Refusal(413, tooLarge(limit), null));
            return;
        }
        BufferedBody buffered = new BufferedBody(request);
        read(request, request.startAsync(buffered, response), buffered, limit, null);
    }

    /** Answers with the refusal once the request's body is over; at once when it has none or too large a one. */
    void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        if (!hasBody(request) || !request.isAsyncSupported() || request.getContentLengthLong() > drainAtMost()) {
            answer(response, refusal, request.getRequestURI());
            return;
        }
        read(request, request.startAsync(), null, DataSize.ofBytes(0), refusal);
    }

    private void read(HttpServletRequest request, AsyncContext async, BufferedBody buffered, DataSize limit,
                      Refusal refusal) throws IOException {
        async.setTimeout(limits.bodyTimeout().toMillis());
        Reader reader = new Reader(request.getInputStream(), async, buffered, limit, refusal, request.getRequestURI());
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

    /** The refusal, on a connection that closes after it: what is left of the body is never read. */
    private static void answer(HttpServletResponse response, Refusal refusal, String path) throws IOException {
        response.setHeader("Connection", "close");
        if (refusal.retryAfter() == null) {
            ProblemResponse.write(response, refusal.status(), refusal.detail(), path);
        } else {
            ProblemResponse.writeRetryLater(response, refusal.status(), refusal.detail(), path, refusal.retryAfter());
        }
    }

    /**
     * Collects the body as it arrives, or once a refusal is due reads on into nothing; ends exactly once: the request
     * handed on, the refusal answered, the time-out answered, or the client gone.
     */
    private final class Reader implements ReadListener, AsyncListener {

        private final ServletInputStream in;
        private final AsyncContext async;
        private final BufferedBody buffered;
        private final DataSize limit;
        private final String path;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[8192];
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile Refusal refusal;
        private long discarded;

        Reader(ServletInputStream in, AsyncContext async, BufferedBody buffered, DataSize limit, Refusal refusal,
               String path) {
            this.in = in;
            this.async = async;
            this.buffered = buffered;
            this.limit = limit;
            this.refusal = refusal;
            this.path = path;
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!ended.get() && in.isReady()) {
                int read = in.read(chunk);
                if (read < 0) {
                    return; // onAllDataRead follows
                }
                if (refusal == null) {
                    body.write(chunk, 0, read);
                    if (body.size() > limit.toBytes()) {
                        refusal = new Refusal(413, tooLarge(limit), null);
                        body.reset();
                    }
                } else if ((discarded += read) > drainAtMost()) {
                    end(refusal);
                }
            }
        }

        @Override
        public void onAllDataRead() throws IOException {
            if (refusal != null) {
                end(refusal);
            } else if (ended.compareAndSet(false, true)) {
                buffered.body = body.toByteArray();
                async.dispatch();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            end(refusal != null ? refusal : new Refusal(408, "The request body did not arrive within "
                    + limits.bodyTimeout().toSeconds() + " seconds; send it again, all at once.", null));
        }

        /** The client hung up or the connection broke: there is no one to answer. */
        @Override
        public void onError(Throwable failure) {
            if (ended.compareAndSet(false, true)) {
                async.complete();
            }
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        private void end(Refusal answer) throws IOException {
            if (ended.compareAndSet(false, true)) {
                try {
                    answer((HttpServletResponse) async.getResponse(), answer, path);
                } finally {
                    async.complete();
                }
            }
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
