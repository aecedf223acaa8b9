/** The stacks the lab runs, their components, and starting, stopping and killing them. */
package io.shoplab.lab.stack;
