package io.shoplab.platform.web;

import static io.shoplab.platform.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoplab.platform.test.PlatformWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every failure a controller can meet is answered as an RFC 9457 problem with shoplab's type for it. */
@PlatformWebTest
class ProblemDetailsMappingTest {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void invalidBodyFieldsAreListedByTheirJsonPath() {
        MvcTestResult result = postJson("""
                {"name": " ", "count": 11, "parts": [{"name": "bolt", "quantity": 0}]}""");

        assertProblem(result, 400, "invalid-request");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("name", "count", "parts[0].quantity");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].message")
                .asArray()
                .doesNotContainNull();
    }

    @Test
    void missingRequiredFieldIsAFieldError() {
        MvcTestResult result = postJson("""
                {"name": "crate"}""");

        assertProblem(result, 400, "invalid-request");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("count");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"5\"", "4.5", "true"})
    void numbersAreStrictSoAStringOrFractionIsAFieldError(String count) {
        MvcTestResult result = postJson("{\"name\": \"crate\", \"count\": " + count + "}");

        assertProblem(result, 400, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("count");
    }

    @Test
    void malformedValueDeepInTheBodyNamesItsPath() {
        MvcTestResult result = postJson("""
                {"name": "crate", "count": 1, "parts": [{"name": "bolt", "quantity": 1}, {"name": "nut", "quantity": "many"}]}""");

        assertProblem(result, 400, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("parts[1].quantity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"name\": ", "[1, 2]", "not json"})
    void missingOrBrokenBodyIs400(String body) {
        assertProblem(postJson(body), 400, "invalid-request");
    }

    @Test
    void unknownFieldsAreIgnored() {
        MvcTestResult result = postJson("""
                {"name": "crate", "count": 2, "colour": "red"}""");

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("crate");
    }

    @Test
    void queryParameterOutOfBoundsNamesTheParameter() {
        MvcTestResult result = mvc.get().uri("/test/widgets?page=-1&size=101").exchange();

        assertProblem(result, 400, "invalid-request");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("page", "size");
    }

    @Test
    void queryParameterOfTheWrongTypeNamesTheParameter() {
        MvcTestResult result = mvc.get().uri("/test/widgets?size=ten").exchange();

        assertProblem(result, 400, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void pathVariableOfTheWrongTypeIs400() {
        MvcTestResult result = mvc.get().uri("/test/widgets/abc").exchange();

        assertProblem(result, 400, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("id");
    }

    @Test
    void missingRequiredQueryParameterIs400() {
        MvcTestResult result = mvc.get().uri("/test/required").exchange();

        assertProblem(result, 400, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerId");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("is required");
    }

    @Test
    void domainValidationIs400WithItsFields() {
        MvcTestResult result = mvc.get().uri("/test/failures/invalid").exchange();

        assertProblem(result, 400, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("lines[0].productId");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("no product 999");
    }

    @Test
    void unknownResourceIs404WithDetail() {
        MvcTestResult result = mvc.get().uri("/test/widgets/404").exchange();

        assertProblem(result, 404, "not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("No widget 404");
    }

    @Test
    void unknownPathIs404Problem() {
        assertProblem(mvc.get().uri("/no/such/path").exchange(), 404, "not-found");
    }

    @Test
    void wrongMethodIs405WithItsTypeAndAllow() {
        MvcTestResult result = mvc.delete().uri("/test/widgets").exchange();

        assertProblem(result, 405, "method-not-allowed");
        assertThat(result)
                .headers()
                .hasHeaderSatisfying(
                        HttpHeaders.ALLOW,
                        allow -> assertThat(String.join(",", allow)).contains("GET", "POST"));
    }

    @Test
    void bodyOverTheLimitByContentLengthIs413BeforeReading() {
        String name = "x".repeat(65 * 1024);
        MvcTestResult result = postJson("{\"name\": \"" + name + "\", \"count\": 1}");

        assertProblem(result, 413, "payload-too-large");
        assertThat(result).headers().hasValue(HttpHeaders.CONNECTION, "close");
    }

    @Test
    void bodyJustUnderTheLimitIsAccepted() {
        String json = "{\"count\": 1, \"name\": \"";
        String name = "x".repeat(64 * 1024 - json.length() - 2);
        assertThat(postJson(json + name + "\"}")).hasStatus(201);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        MvcTestResult result = mvc.post()
                .uri("/test/widgets")
                .contentType(MediaType.TEXT_PLAIN)
                .content("crate")
                .exchange();

        assertProblem(result, 415, "unsupported-media-type");
    }

    @Test
    void reusedIdempotencyKeyIs422() {
        assertProblem(mvc.get().uri("/test/failures/unprocessable").exchange(), 422, "unprocessable-request");
    }

    @Test
    void unavailablePartIs503WithRetryAfterNamingThePart() {
        MvcTestResult result = mvc.get().uri("/test/failures/unavailable").exchange();

        assertProblem(result, 503, "unavailable");
        assertThat(result).headers().hasValue(HttpHeaders.RETRY_AFTER, "1");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("inventory");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "connection",
                "transaction",
                "resource",
                "timeout",
                "transient",
                "lock-timeout",
                "statement-timeout"
            })
    void databaseFailuresAre503WithRetryAfter(String kind) {
        MvcTestResult result =
                mvc.get().uri("/test/failures/database/{kind}", kind).exchange();

        assertProblem(result, 503, "unavailable");
        assertThat(result).headers().hasValue(HttpHeaders.RETRY_AFTER, "1");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("database");
    }

    @Test
    void unexpectedFailureIs500WithoutItsInternals() {
        MvcTestResult result = mvc.get().uri("/test/failures/unexpected").exchange();

        assertProblem(result, 500, "internal-error");
        assertThat(result)
                .bodyText()
                .doesNotContain("hunter2", "IllegalStateException", "ProblemTestController", "trace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "true", "4.5"})
    void textFieldTakesOnlyAJsonString(String name) {
        MvcTestResult result = postJson("{\"name\": " + name + ", \"count\": 1}");

        assertProblem(result, 400, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "\\ud800", "x\\udc00y", "\\udbff\\udbff"})
    void textWithANulOrAnUnpairedSurrogateIsAFieldError(String name) {
        MvcTestResult result = postJson("{\"name\": \"" + name + "\", \"count\": 1}");

        assertProblem(result, 400, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void anyOtherUnicodeIsWelcome() {
        String name = "\u202Ecrate\u200B \uD83D\uDCE6 \u05D0";
        MvcTestResult result = postJson("{\"name\": \"" + name + "\", \"count\": 1}");

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.name").isEqualTo(name);
    }

    @Test
    void queryParameterWithANulNamesTheParameter() {
        MvcTestResult result =
                mvc.get().uri("/test/required?customerId={id}", "a\u0000b").exchange();

        assertProblem(result, 400, "invalid-request");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "application/xml", "text/html"})
    void problemIsJsonWhateverTheAcceptHeaderSays(String accept) {
        MvcTestResult result = mvc.get()
                .uri("/test/widgets/abc")
                .header(HttpHeaders.ACCEPT, accept)
                .exchange();

        assertProblem(result, 400, "invalid-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "application/*+json"})
    void wildcardContentTypeIs415(String contentType) {
        MvcTestResult result = mvc.post()
                .uri("/test/widgets")
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .content("{\"name\": \"crate\", \"count\": 1}")
                .exchange();

        assertProblem(result, 415, "unsupported-media-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/test/widgets;x=1", "/test/widgets/1;x=1", "/test/widgets/1;"})
    void pathWithParametersIsNoPath(String path) {
        assertProblem(mvc.get().uri(path).exchange(), 404, "not-found");
    }

    private MvcTestResult postJson(String body) {
        return mvc.post()
                .uri("/test/widgets")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }
}
