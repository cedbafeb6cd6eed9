package org.locus.web;

import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that post a large batch and never read the response cannot starve the others: each streamed response is
 * written only as its client takes it, and holds no thread while it waits. Bounded: twelve stalled batches, a few
 * seconds, every socket closed at the end.
 */
@ServerTest
class BatchStreamingIT {

    private static final int STALLED = 12;

    @LocalServerPort
    int port;
    @Autowired
    CaseLibrary cases;

    private byte[] batch(int items) {
        Map<String, Object> answers = cases.cases().get(0).answers().toDocument();
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            Map<String, Object> item = new LinkedHashMap<>(answers);
            item.put("id", "region-" + i);
            list.add(item);
        }
        return new ObjectMapper().writeValueAsBytes(Map.of("items", list));
    }

    @Test
    void clientsThatNeverReadTheirBatchLeaveOthersAnswered() throws Exception {
        byte[] large = batch(1_000);
        List<Socket> stalled = new ArrayList<>();
        try {
            for (String accept : List.of("application/x-ndjson", "application/json")) {
                for (int i = 0; i < STALLED / 2; i++) {
                    Socket socket = new Socket();
                    // each from an address of its own, so that no per-client limit turns them away
                    socket.bind(new InetSocketAddress("127.0.0." + (2 + stalled.size()), 0));
                    socket.setReceiveBufferSize(4096);
                    socket.connect(new InetSocketAddress("127.0.0.1", port));
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /api/v1/diagnoses/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Accept: " + accept + "\r\nContent-Length: " + large.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.write(large);
                    out.flush();
                    stalled.add(socket);
                }
            }
            Thread.sleep(3_000); // time for every stalled batch to fill its connection's buffers

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (String accept : List.of("application/x-ndjson", "application/json")) {
                long start = System.nanoTime();
                HttpResponse<String> small = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/api/v1/diagnoses/batch")).header("Content-Type", "application/json")
                        .header("Accept", accept).timeout(Duration.ofSeconds(5))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(batch(1))).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
                assertThat(small.body()).contains("\"region-0\"");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }
}
