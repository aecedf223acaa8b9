package io.shoplab.lab.report;

/**
 * One configuration of nodes measured for capacity: the highest rate it served at the service level, and what that took.
 *
 * @param stack the stack
 * @param configuration what ran, as the report names it ("3 catalog-services, 1 gateway")
 * @param load what was offered ("catalog listing", "order placement")
 * @param nodes how many nodes of the scaled part (monoliths, or catalog-services)
 * @param gateways how many gateways were in front (0 for the monolith)
 * @param nodeCpus each node's CPU budget, cores
 * @param budgetedCores the CPU budget of every part that served, PostgreSQL included, cores
 * @param capacity requests per second served at the service level; 0 when not even the first step was
 * @param rssMib what those parts held in memory at the knee, MiB
 * @param knee what set the limit, in words ("catalog-service at 98 % of its 0.25-CPU quota")
 * @param limitedByLab whether the knee was the load generator or the machine itself rather than a part of the stack
 */
public record CapacityPoint(
        String stack,
        String configuration,
        String load,
        int nodes,
        int gateways,
        double nodeCpus,
        double budgetedCores,
        double capacity,
        double rssMib,
        String knee,
        boolean limitedByLab) {

    /** Requests per second per core of budget. */
    public double perCore() {
        return budgetedCores == 0 ? 0 : capacity / budgetedCores;
    }

    /** Requests per second per GiB held. */
    public double perGib() {
        return rssMib == 0 ? 0 : capacity / (rssMib / 1024);
    }

    /** The cores given to the scaled part: the chart's x axis. */
    public double scaledCores() {
        return nodes * nodeCpus;
    }

    /** Which configuration and load this is, the same in every run. */
    public String key() {
        return stack + ": " + configuration + ", " + load;
    }

    /** Whether {@code other} is the same stack under the same load: a point on the same scaling line. */
    public boolean sameLine(CapacityPoint other) {
        return stack.equals(other.stack) && load.equals(other.load);
    }
}
