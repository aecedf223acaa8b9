package io.shoplab.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses the requests Spring MVC would serve wrongly. A path with parameters ({@code /api/orders;x=1})
 * is no path of the shop, but Spring MVC drops the parameters and serves {@code /api/orders}; the
 * gateway answers it 404, and so does this filter. A wildcard {@code Content-Type} ({@code *}{@code /*})
 * names no media type to read, but makes Spring MVC fail with a 500; it is answered 415.
 */
class MalformedRequestFilter extends OncePerRequestFilter {

    private final ProblemWriter problemWriter;

    MalformedRequestFilter(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().indexOf(';') >= 0) {
            problemWriter.write(
                    response,
                    Problems.of(HttpStatus.NOT_FOUND, "No such path: path parameters (';') are not part of any."));
            return;
        }
        if (isWildcard(request.getContentType())) {
            problemWriter.write(
                    response,
                    Problems.of(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "Content-Type '" + request.getContentType()
                                    + "' names no media type; send application/json."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isWildcard(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unparsable) {
            // Spring MVC answers an unparsable one with 415 itself.
            return false;
        }
    }
}
