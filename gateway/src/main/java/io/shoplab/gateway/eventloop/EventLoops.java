package io.shoplab.gateway.eventloop;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import reactor.netty.resources.LoopResources;

/**
 * One set of event loops for both sides of the gateway: the server that takes a page's request and the client that
 * forwards it to a service. Reactor Netty makes at least four loops, whatever the CPUs, and hands a request to the
 * loop that owns the pooled connection it gets, then hands the answer back: on a node of a fraction of a core each
 * hand-over is a thread woken. With one loop the request, the call and the answer stay on one thread (measured
 * behind two catalog-services: syscalls per listing page from about 2 to 0.4, CPU per page a fifth less at 450 pages/s;
 * docs/results.md). One loop serves a whole core; a gateway on a larger node sets {@code GATEWAY_EVENT_LOOPS}.
 * The management server, on a port of its own, keeps Reactor Netty's loops: it serves a scrape now and then.
 */
@Configuration(proxyBeanMethods = false)
class EventLoops {

    /** Disposed with the context, after the server has stopped. */
    @Bean(destroyMethod = "dispose")
    LoopResources gatewayLoops(@Value("${shoplab.gateway.event-loops}") int loops) {
        return LoopResources.create("gateway-http", loops, true);
    }

    /** The server's loops (Spring Boot hands this factory to the Netty server). */
    @Bean
    ReactorResourceFactory reactorResourceFactory(LoopResources gatewayLoops) {
        ReactorResourceFactory factory = new ReactorResourceFactory();
        factory.setUseGlobalResources(false);
        factory.setLoopResources(gatewayLoops);
        return factory;
    }

    /** The client's loops: the same ones. */
    @Bean
    HttpClientCustomizer onTheServersLoops(LoopResources gatewayLoops) {
        return client -> client.runOn(gatewayLoops);
    }
}
