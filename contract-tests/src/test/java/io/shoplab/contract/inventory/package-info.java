/** Contract of GET /api/inventory/{productId}. */
package io.shoplab.contract.inventory;
