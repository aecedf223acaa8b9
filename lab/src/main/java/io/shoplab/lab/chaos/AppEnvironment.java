package io.shoplab.lab.chaos;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.shoplab.lab.LabException;
import io.shoplab.lab.chaos.ResilienceSettings.Setting;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.health.Probes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running app's settings as the app itself resolved them, asked on its management port: {@code GET
 * /actuator/env/{name}} answers a property's value (placeholders resolved, secrets masked) and the property source
 * that set it, or 404 when no source has it. What cannot be asked (the app is not running, does not answer, has no
 * such endpoint) is said so in the setting, never guessed.
 */
final class AppEnvironment {

    static final String NOT_READ = "not read";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String ACCEPT = "application/json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How Boot names a configuration file's source: the file, and which document of it. */
    private static final Pattern CONFIG_FILE = Pattern.compile(
            "Config resource '(?:class path resource \\[([^\\]]+)\\]|([^']+))' via location '[^']*'(?: \\((document #\\d+)\\))?");

    private final String app;
    private final String managementUrl;
    private final String unreadable;

    private AppEnvironment(String app, String managementUrl, String unreadable) {
        this.app = app;
        this.managementUrl = managementUrl;
        this.unreadable = unreadable;
    }

    /**
     * What that part of the stack can tell. The endpoint's presence is checked once, in the links of {@code
     * /actuator}, so that a 404 for a property later means the app has no such property, not that it has no endpoint.
     */
    static AppEnvironment of(StackControl lab, String app) {
        String managementUrl;
        try {
            managementUrl = lab.running(app).component().app().managementUrl();
        } catch (LabException notRunning) {
            return new AppEnvironment(app, null, app + " is not running");
        }
        Optional<HttpResponse<String>> links = Probes.answer(managementUrl + "/actuator", ACCEPT, TIMEOUT);
        if (links.isEmpty()) {
            return new AppEnvironment(app, null, app + " did not answer on " + managementUrl);
        }
        return links.get().statusCode() == 200 && linksToEnv(links.get().body())
                ? new AppEnvironment(app, managementUrl, null)
                : new AppEnvironment(app, null, app + " does not expose /actuator/env");
    }

    private static boolean linksToEnv(String body) {
        try {
            return JSON.readTree(body).path("_links").has("env");
        } catch (JacksonException notJson) {
            return false;
        }
    }

    /** Each property as the app has it, or says it has none. */
    List<Setting> quote(String... properties) {
        return Arrays.stream(properties).map(property -> quote(property, null)).toList();
    }

    /** @param codeDefault what the code sets when the app has no such property; {@code null} when nothing does */
    Setting quote(String property, CodeDefault codeDefault) {
        if (unreadable != null) {
            return new Setting(property, NOT_READ, unreadable);
        }
        return Probes.answer(managementUrl + "/actuator/env/" + property, ACCEPT, TIMEOUT)
                .map(answer -> setting(app, property, answer.statusCode(), answer.body(), codeDefault))
                .orElseGet(() -> new Setting(property, NOT_READ, app + " did not answer /actuator/env/" + property));
    }

    /**
     * The setting as the app's answer to {@code GET /actuator/env/{property}} gives it: 200 with {@code property:
     * {source, value}}, or 404 when none of its property sources has the property.
     */
    static Setting setting(String app, String property, int status, String body, CodeDefault codeDefault) {
        if (status == 404) {
            return codeDefault == null
                    ? new Setting(property, "not set", app + " has no such property")
                    : new Setting(property, codeDefault.value(), app + " sets none: " + codeDefault.where());
        }
        JsonNode summary = status == 200 ? summary(body) : JSON.missingNode();
        JsonNode value = summary.path("value");
        JsonNode source = summary.path("source");
        if (!value.isValueNode() || !source.isString()) {
            return new Setting(property, NOT_READ, app + " answered " + status + " without a value and its source");
        }
        return new Setting(
                property, value.asString(), app + " (property source " + shortSource(source.asString()) + ")");
    }

    private static JsonNode summary(String body) {
        try {
            return JSON.readTree(body).path("property");
        } catch (JacksonException notJson) {
            return JSON.missingNode();
        }
    }

    /**
     * "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/' (document #1)" →
     * "application.yml, document #1" (the second YAML document: a profile's section); other sources
     * ("shoplabDefaults:services.properties", "systemEnvironment") as named.
     */
    static String shortSource(String source) {
        Matcher file = CONFIG_FILE.matcher(source);
        if (!file.matches()) {
            return source;
        }
        return (file.group(1) != null ? file.group(1) : file.group(2))
                + (file.group(3) != null ? ", " + file.group(3) : "");
    }

    /**
     * A default the code sets without any property.
     *
     * @param value as a property would say it ({@code 10s})
     * @param where the code that sets it, for the report
     */
    record CodeDefault(String value, String where) {}
}
