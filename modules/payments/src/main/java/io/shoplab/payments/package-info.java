/**
 * A simulated payment provider: captures and refunds keyed by order id, so every call is idempotent.
 * The token {@code tok_declined} makes it decline. {@link io.shoplab.payments.Payments} is the
 * module's only entry.
 */
package io.shoplab.payments;
