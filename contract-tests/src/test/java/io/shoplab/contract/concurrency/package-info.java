/** Concurrent requests: scarce stock is never oversold, overlapping retries create one order. */
package io.shoplab.contract.concurrency;
