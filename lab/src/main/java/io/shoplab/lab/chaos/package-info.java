/**
 * Chaos campaigns ({@code shoplab chaos}): runs of mixed user journeys driven by the lab itself, under a
 * seeded schedule of kills and injected faults, each run healed and then checked through the public API
 * for the shop's invariants (stock conserved, nothing half-done, acknowledged orders kept, idempotent retries).
 */
package io.shoplab.lab.chaos;
