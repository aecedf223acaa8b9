package io.shoplab.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.shoplab.platform.web.PlatformWebAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

/**
 * A Spring MVC slice with the platform's web conventions switched on as an application gets them:
 * the problem-details handler, the request-id and body-limit filters, strict JSON numbers. Every test
 * class carrying it shares one cached context (unless it adds a profile or properties).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@ImportAutoConfiguration(PlatformWebAutoConfiguration.class)
public @interface PlatformWebTest {}
