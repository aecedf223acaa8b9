package io.shoplab.gateway.problems;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem as the gateway writes it: the same fields, types and titles as the
 * services' and the monolith's problems, so a client cannot tell who answered.
 *
 * @param instance the path the client asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance) {}
