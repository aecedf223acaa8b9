package io.shoplab.platform.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.shoplab.platform.requestid.RequestIds;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Calls that make every kind of error the platform maps, as a module's controller would meet them. */
@RestController
@RequestMapping("/test")
public class ProblemTestController {

    private final ObjectProvider<JdbcClient> jdbc;

    ProblemTestController(ObjectProvider<JdbcClient> jdbc) {
        this.jdbc = jdbc;
    }

    public record Part(
            @NotBlank String name, @NotNull @Min(1) Integer quantity) {}

    public record Widget(
            @NotBlank String name, @NotNull @Min(1) @Max(10) Integer count, List<@Valid Part> parts) {}

    @PostMapping("/widgets")
    @ResponseStatus(HttpStatus.CREATED)
    Widget create(@Valid @RequestBody Widget widget) {
        return widget;
    }

    @GetMapping("/widgets")
    Map<String, Integer> page(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return Map.of("page", page, "size", size);
    }

    @GetMapping("/widgets/{id}")
    Map<String, Long> widget(@PathVariable long id) {
        if (id == 404) {
            throw new NotFoundException("No widget " + id);
        }
        return Map.of("id", id);
    }

    @GetMapping("/required")
    String required(@RequestParam String customerId) {
        return customerId;
    }

    @GetMapping("/failures/invalid")
    void invalid() {
        throw new InvalidRequestException("lines[0].productId", "no product 999");
    }

    @GetMapping("/failures/unprocessable")
    void unprocessable() {
        throw new UnprocessableRequestException("The Idempotency-Key 'k' was already used for a different request.");
    }

    @GetMapping("/failures/unavailable")
    void unavailable() {
        throw new ServiceUnavailableException("inventory", "inventory timed out", null);
    }

    @GetMapping("/failures/unexpected")
    void unexpected() {
        throw new IllegalStateException("secret internals: password=hunter2");
    }

    /** The failures Spring's data access raises when the database is down, slow or out of connections. */
    @GetMapping("/failures/database/{kind}")
    void database(@PathVariable String kind) {
        throw switch (kind) {
            case "connection" -> new CannotGetJdbcConnectionException("no connection");
            case "transaction" -> new CannotCreateTransactionException("no connection for the transaction");
            case "resource" -> new DataAccessResourceFailureException("connection lost");
            case "timeout" -> new QueryTimeoutException("statement timed out");
            case "transient" -> new TransientDataAccessResourceException("try again");
            // PostgreSQL's lock_timeout and statement_timeout, which Spring leaves uncategorized.
            case "lock-timeout" ->
                new UncategorizedSQLException("update", "UPDATE t", new SQLException("lock timeout", "55P03"));
            case "statement-timeout" ->
                new UncategorizedSQLException("select", "SELECT t", new SQLException("canceled", "57014"));
            default -> new IllegalArgumentException(kind);
        };
    }

    /** A real query, for a data source that cannot be reached. */
    @GetMapping("/database")
    Integer database() {
        return jdbc.getObject().sql("SELECT 1").query(Integer.class).single();
    }

    /** An error raised outside Spring MVC's exception handling, as Tomcat or a filter would raise it. */
    @GetMapping("/send-error")
    void sendError(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
    }

    /** The request id as the handling thread's log MDC holds it. */
    @GetMapping("/request-id")
    Map<String, String> requestId() {
        return Map.of("mdc", String.valueOf(MDC.get(RequestIds.MDC_KEY)));
    }
}
