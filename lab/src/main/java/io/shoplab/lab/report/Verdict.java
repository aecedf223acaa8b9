package io.shoplab.lab.report;

/** What the measurements say about a claim. */
public enum Verdict {
    SUPPORTED,
    CONTRADICTED,
    /** True for some parts or stacks and not for others; the sentence says which. */
    MIXED,
    NOT_TESTED;

    /** As the reports' badges show it: "NOT TESTED". */
    public String label() {
        return name().replace('_', ' ');
    }
}
