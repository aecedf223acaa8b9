/** Service discovery for the microservices stack: a standalone Eureka server with lab-speed timers. */
package io.shoplab.discovery;
