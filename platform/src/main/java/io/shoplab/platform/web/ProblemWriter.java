package io.shoplab.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the response, for the errors found before Spring MVC runs (in filters,
 * or by Tomcat itself).
 */
class ProblemWriter {

    private final JsonMapper jsonMapper;

    ProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    void write(HttpServletResponse response, PayloadTooLargeException exception) throws IOException {
        // The client may still be sending; closing tells it not to keep the connection for more.
        response.setHeader("Connection", "close");
        write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, exception.getMessage()));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(jsonMapper.writeValueAsBytes(problem));
    }
}
