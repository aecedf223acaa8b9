/** The lab: a command line that runs either stack as local processes, breaks parts of it and drives load at it. */
package io.shoplab.lab;
