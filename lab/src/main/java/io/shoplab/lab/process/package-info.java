/** Starting, identifying, measuring and stopping operating-system processes by PID; no knowledge of the shop. */
package io.shoplab.lab.process;
