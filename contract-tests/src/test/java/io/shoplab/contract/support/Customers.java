package io.shoplab.contract.support;

import java.util.UUID;

/** A customer nobody else uses, so a test can count "its" orders on a server that lives on. */
public final class Customers {

    private Customers() {}

    public static String newCustomerId() {
        return "contract-" + UUID.randomUUID();
    }
}
