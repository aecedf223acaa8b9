package io.shoplab.lab.report;

/**
 * A business rule checked after an experiment, e.g. "stock is conserved".
 *
 * @param name the rule
 * @param passed whether it held
 * @param detail the numbers behind it
 */
public record InvariantCheck(String name, boolean passed, String detail) {}
