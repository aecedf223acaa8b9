/**
 * The lab: a command line ({@link io.shoplab.lab.command.ShopLab}) that runs either stack as local processes, breaks
 * parts of it and drives load at it. This package holds what every package of the lab shares, and imports none of them.
 */
package io.shoplab.lab;
