package io.shoplab.services.support;

import java.net.http.HttpClient;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.web.client.RestClient;

/** Makes the client for one called service: load-balanced by service id, with that service's timeouts. */
public class RemoteClients {

    private final RestClient.Builder loadBalanced;
    private final RemoteProperties properties;

    RemoteClients(RestClient.Builder loadBalanced, RemoteProperties properties) {
        this.loadBalanced = loadBalanced;
        this.properties = properties;
    }

    /** A client whose relative URIs go to an instance of {@code serviceId}, as the registry knows it. */
    public RestClient forService(String serviceId) {
        RemoteProperties.Timeouts timeouts = properties.timeoutsOf(serviceId);
        HttpClientSettings settings = HttpClientSettings.defaults()
                .withTimeouts(timeouts.connectTimeout(), timeouts.readTimeout());
        // The JDK client: pooled keep-alive connections without a per-host cap, and interruptible, so a
        // caller's time limit really stops the call. HTTP/1.1 because the services speak nothing else
        // (HTTP/2 would cost an upgrade attempt on every new connection).
        var requestFactory = ClientHttpRequestFactoryBuilder.jdk()
                .withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1))
                .build(settings);
        return loadBalanced.clone().baseUrl("http://" + serviceId).requestFactory(requestFactory).build();
    }
}
