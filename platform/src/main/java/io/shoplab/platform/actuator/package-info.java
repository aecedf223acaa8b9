/** Helpers for the actuator endpoints that modules contribute (operations views of their own data). */
package io.shoplab.platform.actuator;
