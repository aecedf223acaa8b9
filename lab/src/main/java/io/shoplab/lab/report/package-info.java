/** The report of a lab run: its model (run, experiments, verdicts, costs), verdict helpers and the HTML, Markdown, JSON and CSV writers. */
package io.shoplab.lab.report;
