/** Driving load with the Gatling simulations of the load-tests module: in a JVM of their own, or through Maven. */
package io.shoplab.lab.load;
