package io.shoplab.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A client connection kept alive goes on being read after a request that waited in the gateway's queue
 * was refused at the edge. The contract suite's fuzz met the opposite once: a POST refused at once by
 * the gateway ({@code /api/orders/x/..}, a 404 path trick) arrived while the proxied request before it
 * was still finishing on the same connection, and the request after it was never read - the client
 * timed out after 30 s, with no timer of the gateway's running (Reactor Netty 1.3.6 and 1.3.7,
 * reactor/reactor-netty#4361).
 *
 * <p>Pipelining forces that interleaving: both requests arrive in one write, so the second is decoded,
 * and queued, while the first is still on its way to the service; once the first is answered the queued
 * one is dispatched and answered within the same drain of the queue.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "shoplab.gateway.rate-limit.enabled=false"})
class GatewayKeepAliveTest {

    @AutoClose
    static final ServiceStub orders = new ServiceStub("orders-service");

    /** Far below the 30 s after which the contract suite's client gave up; every answer here takes milliseconds. */
    private static final int READ_TIMEOUT_MS = 5_000;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        orders.registerIn(registry);
    }

    @Test
    void readsTheNextRequestAfterAQueuedPostWasRefusedAtTheEdge() throws IOException {
        // The fuzz's case: a valid order, posted to a path trick.
        String order = "{\"customerId\":\"c-1\",\"lines\":[{\"productId\":1,\"quantity\":1}]}";
        assertNextRequestIsReadAfter("POST /api/orders/x/.. HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + order.length() + "\r\n\r\n" + order);
    }

    @Test
    void readsTheNextRequestAfterAQueuedGetWasRefusedAtTheEdge() throws IOException {
        // Without a body, as a request over the rate limit is refused too.
        assertNextRequestIsReadAfter("GET /api/orders/..;/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }

    private void assertNextRequestIsReadAfter(String refusedAtTheEdge) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write(ascii("GET /api/orders/first HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + refusedAtTheEdge));
            out.flush();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200 ").contains("/api/orders/first");
            assertThat(readResponse(in)).startsWith("HTTP/1.1 404 ").contains("application/problem+json");

            // The same connection, after both answers: unless a read is asked for again, this is never taken in.
            out.write(ascii("GET /api/orders/next HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
            out.flush();
            assertThat(readResponse(in)).startsWith("HTTP/1.1 200 ").contains("/api/orders/next");
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** One response, headers and its Content-Length body; a read past the timeout fails the test. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int length = headers.lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(line ->
                        Integer.parseInt(line.substring(line.indexOf(':') + 1).trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Content-Length in " + headers));
        return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
