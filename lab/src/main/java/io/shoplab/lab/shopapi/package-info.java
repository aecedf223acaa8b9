/**
 * The shop as any client of API.md sees it: the public API (the journeys a user makes, sent and recorded
 * as answered; stock and orders read back) and the modules' read-only operations endpoints. Used by the
 * experiments and the chaos campaigns alike; knows nothing of either.
 */
package io.shoplab.lab.shopapi;
