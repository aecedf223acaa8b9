package io.shoplab.monolith;

import static org.springframework.web.servlet.function.RequestPredicates.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The committed {@code docs/openapi.json} (copied in by the build) at {@code /openapi.json}: what Swagger UI
 * ({@code /swagger-ui.html}) shows, the same document the gateway's shows. A route of its own: static
 * resources are off (unknown paths are 404 problems).
 */
@Configuration(proxyBeanMethods = false)
class CommittedApiDocument {

    @Bean
    RouterFunction<ServerResponse> committedApiDocumentRoute() {
        Resource document = new ClassPathResource("META-INF/shoplab/openapi.json");
        return RouterFunctions.route(
                GET("/openapi.json"),
                request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(document));
    }
}
