package io.shoplab.contract.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes a {@link ShopClient}. The shop is found or started on first use and kept in the
 * root context's store, so it serves every test class and is closed once, when the whole run ends.
 */
final class ShopServerExtension implements ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(ShopServerExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ShopClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(ShopStartup.class, key -> ShopStartup.attempt(), ShopStartup.class)
                .client();
    }
}
