/** Contract of the X-Request-Id header: echoed when valid, generated otherwise, on every answer. */
package io.shoplab.contract.requestid;
