/** Measuring a run: request events into per-second timelines and summaries, and CPU and memory of processes. */
package io.shoplab.lab.measure;
