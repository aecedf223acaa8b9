package io.shoplab.lab.report;

/**
 * One line of the cost table, e.g. "resident memory", "MiB", 310, 1650.
 *
 * @param name what is counted
 * @param unit its unit, shown beside the values
 * @param monolith the monolith's value
 * @param microservices the microservices' value
 */
public record CostRow(String name, String unit, double monolith, double microservices) {

    /** Microservices over monolith; NaN when the monolith's value is 0. */
    public double ratio() {
        return monolith == 0 ? Double.NaN : microservices / monolith;
    }
}
