package io.shoplab.platform.web;

import io.shoplab.platform.faults.FaultsConfiguration;
import io.shoplab.platform.requestid.RequestIdFilterRegistration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/** The web conventions of API.md, for every shoplab application that depends on the platform. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties(WebProperties.class)
@Import({
    ProblemDetailsExceptionHandler.class,
    RequestTextBinding.class,
    RequestIdFilterRegistration.class,
    FaultsConfiguration.class
})
public class PlatformWebAutoConfiguration {

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            WebProperties properties, JsonMapper jsonMapper) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties.maxBodyBytes(), new ProblemWriter(jsonMapper)));
        // Right after the request id, so even a refused body is answered with one.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter(JsonMapper jsonMapper) {
        var registration = new FilterRegistrationBean<>(new MalformedRequestFilter(new ProblemWriter(jsonMapper)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    /**
     * Strict numbers: a rating of {@code 4.5} or {@code "5"} is an error, not a 4 or a 5. Unknown
     * fields stay ignored (Boot's default), as API.md asks.
     */
    @Bean
    JsonMapperBuilderCustomizer strictNumbers() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(
                        LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

    /**
     * Strict text: a string field takes a JSON string, not {@code 5} or {@code true}, and only
     * {@linkplain WellFormedText well-formed text}.
     */
    @Bean
    JsonMapperBuilderCustomizer strictText() {
        return builder -> builder.addModule(new SimpleModule("shoplab-well-formed-text")
                        .addDeserializer(String.class, new WellFormedText.Deserializer()))
                .withCoercionConfig(
                        LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** Tomcat's own error answers as problems too (see {@link ProblemErrorReportValve}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    static class TomcatErrorReports {

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports(JsonMapper jsonMapper) {
            return new ProblemErrorReportCustomizer(new ProblemWriter(jsonMapper));
        }
    }

    /** Runs after Boot's own Tomcat customizer (order 0), so it replaces the error report valve Boot adds. */
    record ProblemErrorReportCustomizer(ProblemWriter problemWriter)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(
                    context -> ProblemErrorReportValve.install(context.getParent(), problemWriter));
        }

        @Override
        public int getOrder() {
            return 1;
        }
    }
}
