/** Zipkin for the lab: its server jar, traces read back through its API, and their waterfall pictures. */
package io.shoplab.lab.tracing;
