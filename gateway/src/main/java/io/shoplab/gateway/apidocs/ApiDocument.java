package io.shoplab.gateway.apidocs;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The shop's OpenAPI document at {@code /openapi.json}, for Swagger UI ({@code /swagger-ui.html}): the
 * committed {@code docs/openapi.json}, copied in by the build, so the gateway shows exactly the monolith's
 * contract. A route of its own: static resources are off (unknown paths are 404 problems).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    @Bean
    RouterFunction<ServerResponse> openApiDocumentRoute() {
        Resource document = new ClassPathResource("META-INF/shoplab/openapi.json");
        return RouterFunctions.route(
                GET("/openapi.json"),
                request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(document));
    }
}
