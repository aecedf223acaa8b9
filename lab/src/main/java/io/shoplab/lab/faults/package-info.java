/** Fault injection in running apps through their own {@code /actuator/faults} endpoints (API.md, "Operations"). */
package io.shoplab.lab.faults;
