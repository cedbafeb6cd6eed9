package org.locus.api;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;

/**
 * Writes a response piece by piece, each piece made only when the client can take it (non-blocking servlet output):
 * while the client does not read, nothing is computed and no thread waits for it. A client that never reads holds a
 * connection until the container's write timeout, not one of a few streaming threads, so it cannot starve the others.
 */
final class OutcomeStream implements WriteListener, AsyncListener {

    private final ServletOutputStream out;
    private final AsyncContext async;
    private final Iterator<byte[]> pieces;

    private OutcomeStream(ServletOutputStream out, AsyncContext async, Iterator<byte[]> pieces) {
        this.out = out;
        this.async = async;
        this.pieces = pieces;
    }

    /** Answers 200 with {@code pieces} as the body, in the background; the handler returns at once. */
    static void start(HttpServletRequest request, HttpServletResponse response, MediaType type, Iterator<byte[]> pieces,
                      Duration timeout) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type.toString());
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(timeout.toMillis());
        ServletOutputStream out = response.getOutputStream();
        OutcomeStream stream = new OutcomeStream(out, async, pieces);
        async.addListener(stream);
        out.setWriteListener(stream);
    }

    @Override
    public void onWritePossible() throws IOException {
        while (out.isReady()) {
            if (!pieces.hasNext()) {
                async.complete();
                return;
            }
            out.write(pieces.next());
        }
    }

    /** The client hung up, or stopped reading past the container's write timeout: there is no one left to answer. */
    @Override
    public void onError(Throwable failure) {
        async.complete();
    }

    /** Past the batch timeout the response ends where it is; a client sees a document or a line cut short. */
    @Override
    public void onTimeout(AsyncEvent event) {
        async.complete();
    }

    @Override
    public void onError(AsyncEvent event) {
        async.complete();
    }

    @Override
    public void onComplete(AsyncEvent event) {
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
    }
}
