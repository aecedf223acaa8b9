/** Contract of the Idempotency-Key on POST /api/orders: replay and reuse with another body. */
package io.shoplab.contract.idempotency;
