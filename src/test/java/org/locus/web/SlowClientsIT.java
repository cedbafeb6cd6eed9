package org.locus.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand clients that send their request bodies a byte a second, from 250 loopback addresses, cannot keep the
 * service from answering anyone else: a plain request and a diagnosis are still answered within a second. Bounded:
 * 1,000 connections, about ten seconds of trickling, and every socket closed at the end.
 */
@ServerTest
class SlowClientsIT {

    private static final int SLOW_CLIENTS = 1_000;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

    @LocalServerPort
    int port;

    @Test
    void aThousandSlowBodiesLeaveTheServiceAnswering() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(startSlowBody(i, i % 2 == 0 ? "/api/v1/diagnoses" : "/"));
            }
            trickle(slow, 3);

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                HttpResponse<String> questionnaire = http.send(HttpRequest.newBuilder(uri("/api/v1/questionnaire"))
                        .timeout(ANSWER_WITHIN).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> diagnosis = http.send(HttpRequest.newBuilder(uri("/api/v1/diagnoses"))
                        .header("Content-Type", "application/json").timeout(ANSWER_WITHIN)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"answers\": {\"cluster-present\": true}}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(questionnaire.statusCode()).isEqualTo(200);
                assertThat(diagnosis.statusCode()).as(diagnosis.body()).isEqualTo(200);
                assertThat(took).as("both answered while %d clients trickle", SLOW_CLIENTS)
                        .isLessThan(ANSWER_WITHIN.multipliedBy(2));
                trickle(slow, 1);
            }
            assertThat(slow.stream().filter(Socket::isClosed)).isEmpty();
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A request that declares a 1,000-byte body and sends the first byte of it. */
    private Socket startSlowBody(int client, String path) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress("127.0.0." + (2 + client % 250), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return socket;
    }

    /** One more byte from every slow client, once a second, for the given seconds. */
    private static void trickle(List<Socket> sockets, int seconds) throws Exception {
        for (int s = 0; s < seconds; s++) {
            for (Socket socket : sockets) {
                socket.getOutputStream().write(' ');
                socket.getOutputStream().flush();
            }
            Thread.sleep(1_000);
        }
    }
}
