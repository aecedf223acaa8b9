/** HTTP conventions: 404, 405, 413, 415 and malformed JSON, always as problem details. */
package io.shoplab.contract.errors;
