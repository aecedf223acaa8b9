/** Asking components whether they are ready, once or until they are. */
package io.shoplab.lab.health;
