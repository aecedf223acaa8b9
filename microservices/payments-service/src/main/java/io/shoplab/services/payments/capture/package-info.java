/** The internal payment calls of the orders saga ({@code /internal/payments}); never routed by the gateway. */
package io.shoplab.services.payments.capture;
