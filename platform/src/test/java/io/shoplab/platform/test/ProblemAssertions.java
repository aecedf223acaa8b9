package io.shoplab.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What every error of the shop is: an RFC 9457 problem with shoplab's type for its status. */
public final class ProblemAssertions {

    private static final String TYPES = "https://shoplab.dev/problems/";

    private ProblemAssertions() {}

    /** @param type the type's last segment: {@code invalid-request}, {@code not-found}, … */
    public static void assertProblem(MvcTestResult result, int status, String type) {
        assertThat(result).hasStatus(status);
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(TYPES + type);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo(HttpStatus.valueOf(status).getReasonPhrase());
    }

    /** A 400 whose {@code errors} name {@code field}: a body's JSON path, or a parameter's name. */
    public static void assertInvalidField(MvcTestResult result, String field) {
        assertProblem(result, 400, "invalid-request");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains(field);
    }
}
