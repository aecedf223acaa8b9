package io.shoplab.services.support;

import org.apache.hc.core5.util.Timeout;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.web.client.RestClient;

/** Makes the client for one called service: load-balanced by service id, with that service's timeouts. */
public class RemoteClients {

    /**
     * Pooled connections per called instance: above the most calls one part of a service can have in
     * flight (a bulkhead of 32 threads), so a call never waits for a connection.
     */
    static final int CONNECTIONS_PER_INSTANCE = 64;

    private final RestClient.Builder loadBalanced;
    private final RemoteProperties properties;

    RemoteClients(RestClient.Builder loadBalanced, RemoteProperties properties) {
        this.loadBalanced = loadBalanced;
        this.properties = properties;
    }

    /** A client whose relative URIs go to an instance of {@code serviceId}, as the registry knows it. */
    public RestClient forService(String serviceId) {
        RemoteProperties.Timeouts timeouts = properties.timeoutsOf(serviceId);
        HttpClientSettings settings =
                HttpClientSettings.defaults().withTimeouts(timeouts.connectTimeout(), timeouts.readTimeout());
        // Apache HttpClient, blocking: the calling thread writes and reads the socket itself, over pooled
        // keep-alive connections. The JDK client hands every exchange to threads of its own (a selector and
        // a worker pool): a profile of catalog-service under product-page load showed them at a third of its
        // CPU. No retries of its own: RemoteCalls decides what is retried.
        var requestFactory = ClientHttpRequestFactoryBuilder.httpComponents()
                .withConnectionManagerCustomizer(pool ->
                        pool.setMaxConnPerRoute(CONNECTIONS_PER_INSTANCE).setMaxConnTotal(4 * CONNECTIONS_PER_INSTANCE))
                .withDefaultRequestConfigCustomizer(
                        request -> request.setConnectionRequestTimeout(Timeout.of(timeouts.connectTimeout())))
                .withHttpClientCustomizer(client -> client.disableAutomaticRetries())
                .build(settings);
        return loadBalanced
                .clone()
                .baseUrl("http://" + serviceId)
                .requestFactory(requestFactory)
                .build();
    }
}
