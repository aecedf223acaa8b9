package io.shoplab.lab.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a component once whether it is ready. The target is a URL: {@code jdbc:postgresql://…}
 * (ready when a connection opens and answers a query) or {@code http://…} (ready when the
 * actuator health document there says {@code "status":"UP"}).
 */
public final class HealthProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** PostgreSQL's SQL state for "could not connect": nothing listens, as opposed to a refusal. */
    private static final String CONNECTION_UNABLE = "08001";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HealthProbe() {}

    public static Health check(String target) {
        return target.startsWith("jdbc:") ? checkDatabase(target) : checkHttp(target);
    }

    private static Health checkDatabase(String jdbcUrl) {
        DriverManager.setLoginTimeout((int) TIMEOUT.toSeconds());
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            connection.createStatement().execute("SELECT 1");
            return Health.UP;
        } catch (SQLException e) {
            return CONNECTION_UNABLE.equals(e.getSQLState()) ? Health.UNREACHABLE : Health.DOWN;
        }
    }

    private static Health checkHttp(String url) {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        CompletableFuture<HttpResponse<String>> answer = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            // Bounded here too: a chaos campaign once waited minutes in send() for an app restarted on the same
            // port, its request timeout never firing; a probe must give an answer, "down" if nothing else.
            HttpResponse<String> response = answer.get(TIMEOUT.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
            return response.statusCode() == 200 && isUp(response.body()) ? Health.UP : Health.DOWN;
        } catch (TimeoutException e) {
            answer.cancel(true);
            return Health.DOWN;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                return Health.DOWN;
            }
            return Health.UNREACHABLE; // refused, reset, closed: nothing answers there
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.UNREACHABLE;
        }
    }

    private static boolean isUp(String body) {
        try {
            JsonNode status = JSON.readTree(body).path("status");
            return "UP".equals(status.asString());
        } catch (RuntimeException notJson) {
            return false;
        }
    }
}
