/**
 * The experiments: each puts the same load on both stacks, breaks or slows one part at a fixed moment,
 * heals it, and turns what was measured into a verdict on one of the article's claims.
 * {@link io.shoplab.lab.experiment.ExperimentRunner} runs them and writes the report.
 */
package io.shoplab.lab.experiment;
