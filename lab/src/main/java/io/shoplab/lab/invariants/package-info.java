/**
 * The shop's invariants, checked after a load once the shop is quiet: stock conserved, money conserved, no order
 * half-done, every acknowledged order kept, idempotent retries. Each is a record of what it looks at, read
 * through {@link io.shoplab.lab.shopapi}, whose {@code check()} gives a {@link io.shoplab.lab.invariants.Finding};
 * the experiments and the chaos campaigns call the same ones.
 */
package io.shoplab.lab.invariants;
