package io.shoplab.lab.invariants;

import java.util.List;

/**
 * What one invariant found.
 *
 * @param invariant which rule
 * @param held the rule held; false when broken, or when there was nothing to hold it of ("not tested: …")
 * @param detail over what it held, or how it broke, in numbers and ids
 * @param evidence the first offending history entries (JSON lines); none when it held or none is known
 */
public record Finding(String invariant, boolean held, String detail, List<String> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    static Finding held(String invariant, String detail) {
        return new Finding(invariant, true, detail, List.of());
    }

    static Finding broken(String invariant, String detail, List<String> evidence) {
        return new Finding(invariant, false, detail, evidence);
    }
}
