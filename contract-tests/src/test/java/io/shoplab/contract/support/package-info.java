/** What every contract test shares: the shop under test (a base URL or a started monolith), an HTTP client, assertions. */
package io.shoplab.contract.support;
