/** Contract of product reviews: listing newest first, posting, validation. */
package io.shoplab.contract.reviews;
