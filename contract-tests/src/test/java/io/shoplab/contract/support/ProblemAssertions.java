package io.shoplab.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** What every error answer must look like: RFC 9457 problem details, and never a stack trace. */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    /** Asserts a problem-details answer with {@code status} and returns its body. */
    public static JsonNode assertProblem(ApiResponse response, int status) {
        response.expectStatus(status).expectMediaType("application/problem+json");
        assertNoStackTrace(response);
        JsonNode problem = response.json();
        String context = response.describe();
        assertThat(problem.path("type").asString(""))
                .as("problem type of %s", context)
                .isNotBlank();
        assertThat(problem.path("title").asString(""))
                .as("problem title of %s", context)
                .isNotBlank();
        assertThat(problem.path("status").isIntegralNumber())
                .as("problem status is an integer in %s", context)
                .isTrue();
        assertThat(problem.path("status").intValue())
                .as("problem status of %s", context)
                .isEqualTo(status);
        assertThat(problem.path("detail").isString())
                .as("problem detail is a string in %s", context)
                .isTrue();
        assertThat(problem.path("detail").stringValue())
                .as("problem detail of %s", context)
                .isNotBlank();
        return problem;
    }

    /**
     * Asserts a 400 problem whose {@code errors} name every one of {@code fields}, each with a message.
     */
    public static JsonNode assertValidationProblem(ApiResponse response, String... fields) {
        JsonNode problem = assertProblem(response, 400);
        JsonNode errors = problem.path("errors");
        assertThat(errors.isArray())
                .as("errors is an array in %s", response.describe())
                .isTrue();
        List<String> named = new ArrayList<>();
        for (JsonNode error : errors) {
            assertThat(error.path("field").asString(""))
                    .as("field of an error in %s", response.describe())
                    .isNotBlank();
            assertThat(error.path("message").asString(""))
                    .as("message of an error in %s", response.describe())
                    .isNotBlank();
            named.add(error.path("field").stringValue());
        }
        assertThat(named).as("fields named by %s", response.describe()).contains(fields);
        return problem;
    }

    /** A body meant for clients never shows the server's insides. */
    public static void assertNoStackTrace(ApiResponse response) {
        assertThat(response.body())
                .as("body of %s", response.describe())
                .doesNotContain("at io.", "at org.", "at java.", "Exception:", "\"trace\"");
    }
}
