package io.shoplab.services.support.test;

import io.shoplab.platform.db.EmbeddedPostgresAutoConfiguration;
import io.shoplab.platform.db.ModuleSchemasAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.PropertySource;

/**
 * The context for testing a service's HTTP adapters on their own: discovery, load balancing,
 * Resilience4j and the service's {@code application.yml}, but no database and no web server. A test
 * adds the adapter under test and points the simple discovery client at a {@link ServiceStub}, with
 * Eureka off ({@code eureka.client.enabled=false}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
        exclude = {
            EmbeddedPostgresAutoConfiguration.class,
            DataSourceAutoConfiguration.class,
            FlywayAutoConfiguration.class,
            ModuleSchemasAutoConfiguration.class
        })
@PropertySource("classpath:remote-client-test.properties")
public class RemoteClientTestApplication {}
