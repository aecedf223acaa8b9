package io.shoplab.lab.experiment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.shoplab.lab.LabException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read-only operations endpoints the checks read on the app that runs the module (never through the
 * gateway): {@code /actuator/reservations} of the inventory, {@code /actuator/payments} of the payments. Retried
 * a few times over an app still settling; an app that does not answer, or answers without what the checks read,
 * is an error, never "nothing held".
 */
public final class OperationsApi {

    // Amounts as written (10.00, not the double 10.0): money is compared and shown exactly.
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final int ATTEMPTS = 6;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String appUrl;

    /** @param appUrl the app's own base URL, such as {@code http://127.0.0.1:8085} */
    public OperationsApi(String appUrl) {
        this.appUrl = appUrl;
    }

    /** The orders whose stock is still held ({@code RESERVED}), oldest first. */
    public List<String> held() {
        return read("/actuator/reservations", OrdersInState::reservations).orderIds();
    }

    /** The captured payments, by order id. */
    public Map<String, MoneyConservation.Capture> captured() {
        return read("/actuator/payments", OrdersInState::payments).payments();
    }

    private OrdersInState read(String path, BiFunction<String, JsonNode, OrdersInState> parse) {
        String url = appUrl + path;
        String last = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .header("X-Request-Id", "lab-check").GET().build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return parse.apply(url, JSON.readTree(response.body()));
                }
                last = response.statusCode() + " " + response.body();
            }
            catch (IOException e) {
                last = e.toString();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LabException("interrupted");
            }
            pause(attempt * 500L);
        }
        throw new LabException("GET " + url + " did not answer after " + ATTEMPTS + " attempts: " + last);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
