package io.shoplab.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxBodyBytes the largest request body accepted; larger ones are answered 413
 */
@ConfigurationProperties("shoplab.web")
public record WebProperties(@DefaultValue("65536") long maxBodyBytes) {}
