package org.locus.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, one request per connection, with every byte under the test's control: malformed
 * request lines, control characters in headers, any method, path or body. HTTP clients refuse to send such requests,
 * and a hostile client sends nothing else. The connection may come from any loopback address (127.0.0.2, ...), so that
 * a test can be many clients to the server's per-client limits.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** A response as read off the wire; the body de-chunked and unzipped as a client that asked for gzip would. */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {

        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends the request exactly as given (it must end its header block itself) from 127.0.0.1. */
    Response send(byte[] request) {
        return send(request, "127.0.0.1");
    }

    Response send(byte[] request, String fromAddress) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            // written while the answer is read, as a browser does: a server may answer and close before the request
            // is all sent (a URL it refuses, a body too large), and the answer must still be read
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    socket.getOutputStream().write(request);
                    socket.getOutputStream().flush();
                } catch (IOException e) {
                    // the server stopped reading: what it answered is read below
                }
            });
            try {
                return read(socket.getInputStream());
            } finally {
                writer.interrupt();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request with {@code Host} and {@code Connection: close} added, and {@code Content-Length} for a body. */
    static byte[] request(String method, String target, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\nConnection: close\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return start;
        }
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    static Response read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        // an interim response (100 Continue) comes before the one that counts
        while (all.length > 12 && new String(all, 0, 12, StandardCharsets.ISO_8859_1).matches("HTTP/1\\.1 1\\d\\d")) {
            int interimEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            all = java.util.Arrays.copyOfRange(all, interimEnd + 4, all.length);
        }
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IOException("no complete response head in " + all.length + " bytes: "
                    + new String(all, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        List<String> transfer = headers.getOrDefault("transfer-encoding", List.of());
        byte[] content = transfer.contains("chunked") ? dechunk(body) : body;
        boolean zipped = headers.getOrDefault("content-encoding", List.of()).contains("gzip");
        // a HEAD response says gzip but has no body to unzip
        return new Response(status, headers, zipped && content.length > 0 ? gunzip(content) : content);
    }

    private static byte[] gunzip(byte[] zipped) throws IOException {
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        return indexOf(data, 0, pattern);
    }

    private static int indexOf(byte[] data, int from, byte[] pattern) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
