package org.locus.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.locus.web.Problems.assertProblem;
import static org.locus.web.Problems.detail;

/** A body that never arrives, or is larger than its limit, is refused with a problem, the UI's bodies too. */
@StrictLimits
class BodyLimitsTest {

    @LocalServerPort
    int port;

    @Test
    void aDeclaredBodyThatNeverComesIsA408ProblemWhenTheBodyTimeoutEnds() throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.4.1", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/diagnoses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"answers\"").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            long start = System.nanoTime();

            RawHttp.Response response = RawHttp.read(socket.getInputStream());

            assertProblem(response, 408);
            assertThat(detail(response)).isEqualTo("The request body did not arrive within 2 seconds; send it again, all at once.");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(6));
        }
    }

    @Test
    void aUiBodyOverTheUploadLimitIsRefused() {
        byte[] large = new byte[512 * 1024 + 1];
        RawHttp.Response response = new RawHttp(port).send(RawHttp.request("POST", "/VAADIN/dynamic/resource/1/x/upload",
                List.of("Content-Type: application/json"), large), "127.0.4.2");

        assertProblem(response, 413);
        assertThat(detail(response)).isEqualTo("The request body is larger than the limit of 512 KB.");
    }

    @Test
    void aChunkedBodyOverItsLimitIsRefusedOnceItShowsSo() {
        StringBuilder chunks = new StringBuilder();
        String chunk = "x".repeat(64 * 1024);
        for (int i = 0; i < 5; i++) {
            chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        chunks.append("0\r\n\r\n");
        byte[] request = ("POST /api/v1/diagnoses HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks)
                .getBytes(StandardCharsets.ISO_8859_1);

        RawHttp.Response response = new RawHttp(port).send(request, "127.0.4.3");

        assertProblem(response, 413);
        assertThat(detail(response)).isEqualTo("The request body is larger than the limit of 256 KB.");
    }

    @Test
    void aFormUploadIsRefused() {
        RawHttp.Response response = new RawHttp(port).send(RawHttp.request("POST", "/",
                List.of("Content-Type: multipart/form-data; boundary=x"), "--x--\r\n".getBytes(StandardCharsets.UTF_8)),
                "127.0.4.4");

        assertProblem(response, 415);
    }
}
