package io.shoplab.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every exception that reaches Spring MVC into an RFC 9457 problem: field errors for bad
 * input, 503 with {@code Retry-After} for a part that is down, and never a stack trace. A problem is
 * {@code application/problem+json} whatever the request's {@code Accept} says: with an unparsable
 * {@code Accept}, content negotiation would otherwise drop the body of an error answer.
 */
@RestControllerAdvice
class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException exception) {
        return problem(HttpStatus.BAD_REQUEST)
                .body(Problems.invalid("The request is not valid.", exception.problems()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, exception.getMessage()));
    }

    @ExceptionHandler(UnprocessableRequestException.class)
    ResponseEntity<ProblemDetail> unprocessable(UnprocessableRequestException exception) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT)
                .body(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, exception.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException exception) {
        return problem(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, exception.getMessage()));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException exception) {
        return problem(HttpStatus.CONTENT_TOO_LARGE)
                .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, exception.getMessage()));
    }

    /** Tomcat could not decode a query parameter ({@code ?page=%FF} is no UTF-8); it throws when one is read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException exception) {
        return problem(HttpStatus.BAD_REQUEST)
                .body(Problems.invalid("A query parameter is not percent-encoded UTF-8.", List.of()));
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException exception) {
        log.warn("{} unavailable: {}", exception.component(), exception.getMessage());
        return Problems.unavailable(
                "The " + exception.component() + " part of the shop cannot answer now; try again shortly.");
    }

    /**
     * The database is down, slow or out of connections, or the work ran past its transaction's time
     * limit: the same answer as any other missing part.
     */
    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        QueryTimeoutException.class,
        TransientDataAccessException.class,
        TransactionTimedOutException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception) {
        log.warn("database unavailable: {}", exception.getMessage());
        return Problems.unavailable("The database cannot answer now; try again shortly.");
    }

    /**
     * PostgreSQL gave up on a statement by its own timeouts ({@code lock_timeout}: 55P03,
     * {@code statement_timeout}: 57014), which Spring leaves uncategorized: the database is too busy or
     * stuck to answer in time, a 503 like any other. Anything else uncategorized is unexpected.
     */
    @ExceptionHandler(UncategorizedSQLException.class)
    ResponseEntity<ProblemDetail> uncategorizedSql(UncategorizedSQLException exception) {
        String state = exception.getSQLException() == null
                ? null
                : exception.getSQLException().getSQLState();
        if ("55P03".equals(state) || "57014".equals(state)) {
            return databaseUnavailable(exception);
        }
        return unexpected(exception);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("Unexpected error", exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsExceptionHandler::toFieldProblem)
                .toList();
        return problem(HttpStatus.BAD_REQUEST).body(Problems.invalid("The request body is not valid.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        exception.getParameterValidationResults().forEach(result -> {
            if (result instanceof org.springframework.validation.method.ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(error -> errors.add(toFieldProblem(error)));
            } else {
                String name = parameterName(result.getMethodParameter());
                result.getResolvableErrors()
                        .forEach(error -> errors.add(new FieldProblem(name, error.getDefaultMessage())));
            }
        });
        return problem(HttpStatus.BAD_REQUEST).body(Problems.invalid("The request is not valid.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = exception.getPropertyName() == null ? "value" : exception.getPropertyName();
        Class<?> type = exception.getRequiredType();
        // Text fails to convert to text only when it is not well-formed (see RequestTextBinding).
        String message = type == String.class
                ? WellFormedText.RULE
                : "must be a valid " + (type == null ? "value" : type.getSimpleName());
        return problem(HttpStatus.BAD_REQUEST)
                .body(Problems.invalid("The request is not valid.", List.of(new FieldProblem(name, message))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        FieldProblem error = new FieldProblem(exception.getParameterName(), "is required");
        return problem(HttpStatus.BAD_REQUEST).body(Problems.invalid("The request is not valid.", List.of(error)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causeOf(exception, PayloadTooLargeException.class) instanceof PayloadTooLargeException tooLarge) {
            return problem(HttpStatus.CONTENT_TOO_LARGE)
                    .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
        }
        if (causeOf(exception, JacksonException.class) instanceof JacksonException json
                && !json.getPath().isEmpty()) {
            FieldProblem error = new FieldProblem(JsonPaths.of(json.getPath()), "has a missing or malformed value");
            return problem(HttpStatus.BAD_REQUEST)
                    .body(Problems.invalid("The request body is not valid JSON for this call.", List.of(error)));
        }
        return problem(HttpStatus.BAD_REQUEST)
                .body(Problems.invalid("The request body is missing or is not valid JSON.", List.of()));
    }

    /** Gives the problems Spring builds itself (405, 415, 404 of unknown paths, …) shoplab's types. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Problems.withShoplabType(problem);
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.putAll(headers);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return super.createResponseEntity(body, problemHeaders, status, request);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity.BodyBuilder problem(HttpStatusCode status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static FieldProblem toFieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        return parameter.getParameterName();
    }

    private static Throwable causeOf(Throwable throwable, Class<? extends Throwable> type) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }
}
