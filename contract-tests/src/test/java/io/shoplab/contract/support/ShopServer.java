package io.shoplab.contract.support;

import java.net.URI;

/** The shop the suite talks to; closing it stops it when the suite started it. */
interface ShopServer extends AutoCloseable {

    /** Scheme, host and port, without a trailing slash. */
    URI baseUrl();

    @Override
    void close();
}
