package io.shoplab.contract.support;

import java.net.URI;

/** A shop someone else runs (the monolith or the gateway): the suite only talks to it. */
record ExternalShop(URI baseUrl) implements ShopServer {

    @Override
    public void close() {
        // Not ours to stop.
    }
}
