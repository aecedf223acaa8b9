/** Contract of the catalog: the product list (paging, order) and the product detail (availability, rating, degraded parts). */
package io.shoplab.contract.catalog;
