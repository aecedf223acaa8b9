package io.shoplab.lab.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.shoplab.lab.chaos.AppEnvironment.CodeDefault;
import io.shoplab.lab.chaos.ResilienceSettings.Setting;
import org.junit.jupiter.api.Test;

/** Settings read from the answers of a running app's {@code /actuator/env/{name}}, as recorded from the discovery server. */
class AppEnvironmentTest {

    private static final String EVICTION = "eureka.server.eviction-interval-timer-in-ms";
    private static final String READ_ONLY_CACHE = "eureka.server.use-read-only-response-cache";

    @Test
    void anAnswerGivesTheValueAsResolvedAndTheFileThatSetIt() throws IOException {
        Setting setting =
                AppEnvironment.setting("discovery", EVICTION, 200, recorded("env-eviction-interval.json"), null);

        assertThat(setting)
                .isEqualTo(new Setting(EVICTION, "1000", "discovery (property source application.yml, document #0)"));
    }

    @Test
    void aValueTheFileWroteAsABooleanIsQuotedAsWritten() throws IOException {
        Setting setting =
                AppEnvironment.setting("discovery", READ_ONLY_CACHE, 200, recorded("env-read-only-cache.json"), null);

        assertThat(setting.value()).isEqualTo("false");
    }

    @Test
    void aPropertyTheAppDoesNotHaveIsSaidSo() {
        Setting setting = AppEnvironment.setting("orders-service", "shoplab.remote.read-timeout", 404, "", null);

        assertThat(setting)
                .isEqualTo(
                        new Setting("shoplab.remote.read-timeout", "not set", "orders-service has no such property"));
    }

    @Test
    void aPropertyTheAppDoesNotHaveButTheCodeDefaultsIsSaidToComeFromTheCode() {
        Setting setting = AppEnvironment.setting(
                "orders-service",
                "shoplab.orders.recovery.after",
                404,
                "",
                new CodeDefault("10s", "the orders module's OrdersProperties default"));

        assertThat(setting)
                .isEqualTo(new Setting(
                        "shoplab.orders.recovery.after",
                        "10s",
                        "orders-service sets none: the orders module's OrdersProperties default"));
    }

    @Test
    void anyOtherAnswerIsNotReadNeverACodeDefault() {
        Setting setting = AppEnvironment.setting(
                "orders-service",
                "shoplab.orders.recovery.after",
                503,
                "{\"status\":503}",
                new CodeDefault("10s", "the orders module's OrdersProperties default"));

        assertThat(setting.value()).isEqualTo(AppEnvironment.NOT_READ);
        assertThat(setting.source()).isEqualTo("orders-service answered 503 without a value and its source");
    }

    @Test
    void configFilesAreNamedByTheirFileAndDocument() {
        assertThat(AppEnvironment.shortSource(
                        "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'"))
                .isEqualTo("application.yml");
        assertThat(AppEnvironment.shortSource("Config resource 'class path resource [application.yml]'"
                        + " via location 'optional:classpath:/' (document #1)"))
                .isEqualTo("application.yml, document #1");
        assertThat(AppEnvironment.shortSource(
                        "Config resource 'file [config/application.yml]' via location" + " 'optional:file:./config/'"))
                .isEqualTo("file [config/application.yml]");
        assertThat(AppEnvironment.shortSource("shoplabDefaults:services.properties"))
                .isEqualTo("shoplabDefaults:services.properties");
    }

    private static String recorded(String name) throws IOException {
        try (InputStream in = AppEnvironmentTest.class.getResourceAsStream("/chaos/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
