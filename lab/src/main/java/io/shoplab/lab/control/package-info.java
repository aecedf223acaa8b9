/**
 * The one seam between what the lab does to the stacks (experiments, chaos campaigns, the CLI) and the platform
 * they run on: {@link io.shoplab.lab.control.StackControl}, with local processes and Compose containers behind it.
 */
package io.shoplab.lab.control;
