/** Driving load with the Gatling simulations of the load-tests module. */
package io.shoplab.lab.load;
