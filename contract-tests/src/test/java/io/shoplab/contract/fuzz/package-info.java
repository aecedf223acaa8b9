/**
 * Hostile input for every public call of API.md, generated from a seed: malformed and extreme
 * requests must each be refused as a 4xx problem, and nothing may be stored.
 */
package io.shoplab.contract.fuzz;
