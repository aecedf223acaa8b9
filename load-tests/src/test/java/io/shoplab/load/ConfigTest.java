package io.shoplab.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaultsTargetTheLocalMonolith() {
        var config = Config.from(Map.<String, String>of()::get);

        assertEquals("http://localhost:8080", config.baseUrl());
        assertEquals(20.0, config.usersPerSec());
        assertEquals(10 + 30 + 30, config.maxDurationSeconds());
    }

    @Test
    void readsOverridesAndDropsATrailingSlash() {
        var config = Config.from(
                Map.of("baseUrl", "http://127.0.0.1:8090/", "users", "2.5", "duration", "5", "ramp", "0")::get);

        assertEquals("http://127.0.0.1:8090", config.baseUrl());
        assertEquals(2.5, config.usersPerSec());
        assertEquals(35, config.maxDurationSeconds());
    }

    @Test
    void refusesHostsOtherThanThisMachine() {
        var refusal = assertThrows(
                IllegalArgumentException.class,
                () -> Config.from(Map.of("baseUrl", "http://shop.example.com:8080")::get));

        assertTrue(refusal.getMessage().contains("shop.example.com"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("-DallowRemote=true"), refusal.getMessage());
    }

    @Test
    void takesAnyHostOnlyWhenAllowedExplicitly() {
        var config = Config.from(
                Map.of("baseUrl", "http://shop.example.com:30090,https://10.0.0.7", "allowRemote", "true")::get);

        assertEquals(List.of("http://shop.example.com:30090", "https://10.0.0.7"), config.baseUrls());
        assertThrows(
                IllegalArgumentException.class,
                () -> Config.from(Map.of("baseUrl", "http://shop.example.com", "allowRemote", "false")::get));
    }

    @Test
    void refusesAUrlWithoutAHostEvenWhenRemoteIsAllowed() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Config.from(Map.of("baseUrl", "http:///api", "allowRemote", "true")::get));
    }

    @Test
    void namesAMalformedProperty() {
        var refusal = assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of("users", "many")::get));

        assertEquals("-Dusers=many is not a number", refusal.getMessage());
    }

    @Test
    void refusesAMaxDurationShorterThanTheLoad() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Config.from(Map.of("ramp", "10", "duration", "30", "maxDuration", "20")::get));
    }
}
