/** Budgets: each component's CPU quota and memory limit, like a container's on a node, set through Linux control groups. */
package io.shoplab.lab.budget;
