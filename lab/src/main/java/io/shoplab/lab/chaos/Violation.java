package io.shoplab.lab.chaos;

import java.util.List;

/**
 * A broken invariant, with what shows it.
 *
 * @param invariant which rule
 * @param detail how it broke, in numbers and ids
 * @param evidence the first offending history entries (JSON lines), or what was read from the shop
 */
public record Violation(String invariant, String detail, List<String> evidence) {

    public Violation {
        evidence = List.copyOf(evidence);
    }
}
