/** payments-service: the payments module with its own database, and the internal calls orders-service makes. */
package io.shoplab.services.payments;
