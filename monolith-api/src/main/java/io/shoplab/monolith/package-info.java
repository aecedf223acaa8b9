/**
 * The monolith's assembly: in-process adapters that let one module call another's facade through the
 * port the caller owns. Nothing here knows HTTP or SQL.
 */
package io.shoplab.monolith;
