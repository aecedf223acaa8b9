package io.shoplab.contract.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class of the contract suite: its constructor may take a {@link ShopClient} bound to
 * the shop under test, which is started (or found) once for the whole run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ShopServerExtension.class)
public @interface ShopContract {}
