package io.shoplab.platform.web;

import java.io.IOException;

import io.shoplab.platform.requestid.RequestIds;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Answers the errors Tomcat raises itself, before any filter or servlet runs, as problems instead of
 * its HTML page: a path with an encoded slash, backslash or NUL, an invalid URI, a request line or
 * header section over Tomcat's limit. No filter ran for such a request, so the request id is set here.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    private final ProblemWriter problemWriter;

    private ProblemErrorReportValve(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    /** Replaces the host's error report valve (Boot's, or Tomcat's default) with this one. */
    static void install(Container host, ProblemWriter problemWriter) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        // On start a host adds a valve of this class unless it finds one: it finds this one.
        if (host instanceof StandardHost standardHost) {
            standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        }
        host.getPipeline().addValve(new ProblemErrorReportValve(problemWriter));
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        HttpStatus known = HttpStatus.resolve(status);
        String detail = code.is5xxServerError()
                ? "An unexpected error occurred; it has been logged."
                : known != null ? known.getReasonPhrase() : "The request cannot be served.";
        try {
            if (response.getHeader(RequestIds.HEADER) == null) {
                response.setHeader(RequestIds.HEADER, RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER)));
            }
            problemWriter.write(response, Problems.of(code, detail));
            response.finishResponse();
        } catch (IOException | IllegalStateException ignored) {
            // The client went away, or the response can no longer be written: nothing to answer.
        }
    }
}
