/**
 * The report of a lab run: its model (run, experiments, verdicts, costs) and verdict helpers; the one writer of every report and
 * page ({@link io.shoplab.lab.report.Templates}), the one chart style ({@link io.shoplab.lab.report.Charts}), JSON and CSV.
 */
package io.shoplab.lab.report;
