package io.shoplab.contract.fuzz;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.shoplab.contract.fuzz.HostileRequest.Expectation;
import io.shoplab.contract.support.ApiResponse;
import tools.jackson.databind.JsonNode;

/**
 * What every answer to a hostile request must be. Refused: a 4xx, {@code application/problem+json},
 * a JSON object whose {@code status} is the HTTP status, with a {@code type} and a {@code title}.
 * Served: a 2xx JSON answer. Always: an {@code X-Request-Id}, and no stack trace or exception class
 * name in the body. A violation fails with the whole request and the whole answer.
 */
final class AnswerProperty {

    private static final Pattern STACK_TRACE = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\\\"trace\\\"");
    private static final Pattern EXCEPTION_NAME =
            Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b|\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w+");

    private AnswerProperty() {}

    static void check(HostileRequest request, ApiResponse answer) {
        List<String> violations =
                request.expectation() == Expectation.REFUSED ? refusedViolations(answer) : servedViolations(answer);
        if (answer.header("X-Request-Id").filter(id -> !id.isBlank()).isEmpty()) {
            violations.add("no X-Request-Id");
        }
        if (STACK_TRACE.matcher(answer.body()).find()
                || EXCEPTION_NAME.matcher(answer.body()).find()) {
            violations.add("the body shows a stack trace or an exception class name");
        }
        if (!violations.isEmpty()) {
            fail("%s%n  for %s%n  answered %s", violations, request.describe(), answer.describe());
        }
    }

    private static List<String> refusedViolations(ApiResponse answer) {
        List<String> violations = new ArrayList<>();
        if (answer.status() < 400 || answer.status() > 499) {
            violations.add("status " + answer.status() + " is no 4xx");
        }
        if (!answer.mediaType().equals("application/problem+json")) {
            violations.add("Content-Type '" + answer.mediaType() + "' is not application/problem+json");
        }
        JsonNode problem = json(answer, violations);
        if (problem != null) {
            if (!problem.path("status").isIntegralNumber()
                    || problem.path("status").intValue() != answer.status()) {
                violations.add("problem status " + problem.path("status") + " is not the HTTP status");
            }
            if (problem.path("type").asString("").isBlank()
                    || problem.path("title").asString("").isBlank()) {
                violations.add("problem without type or title");
            }
        }
        return violations;
    }

    private static List<String> servedViolations(ApiResponse answer) {
        List<String> violations = new ArrayList<>();
        if (answer.status() < 200 || answer.status() > 299) {
            violations.add("status " + answer.status() + " is no 2xx for a valid request");
        }
        if (!answer.mediaType().equals("application/json")) {
            violations.add("Content-Type '" + answer.mediaType() + "' is not application/json");
        }
        json(answer, violations);
        return violations;
    }

    private static JsonNode json(ApiResponse answer, List<String> violations) {
        try {
            JsonNode json = answer.json();
            if (json == null || !(json.isObject() || json.isArray())) {
                violations.add("the body is no JSON object or array");
                return null;
            }
            return json;
        } catch (RuntimeException notJson) {
            violations.add("the body is not JSON");
            return null;
        }
    }
}
