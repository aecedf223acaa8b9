/** Contract of placing and reading orders: confirmed and rejected outcomes, prices and totals, validation, queries. */
package io.shoplab.contract.orders;
