package io.shoplab.platform.web;

/**
 * One entry of the {@code errors} array of a validation problem.
 *
 * @param field the JSON path of the offending body field ({@code lines[0].quantity}) or the query
 *              parameter's name
 * @param message what is wrong with it, for a person
 */
public record FieldProblem(String field, String message) {}
