package io.shoplab.lab.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.health.RouteProbe;
import io.shoplab.lab.postgres.Databases;

/** The stacks the lab knows how to run; both share the one {@link PostgresComponent}. */
public final class Stacks {

    public static final String MONOLITH = "monolith";
    public static final String MICROSERVICES = "microservices";
    public static final String ALL = "all";
    public static final List<String> NAMES = List.of(MONOLITH, MICROSERVICES, ALL);
    public static final String DISCOVERY = "discovery";
    public static final String GATEWAY = "gateway";
    /** What a fault endpoint takes besides module names: the app's data source. */
    public static final String DATABASE_FAULT = "database";
    /** What the monolith's fault endpoint takes: every module, and its data source. */
    public static final List<String> MONOLITH_FAULTS = Stream.concat(
                    Arrays.stream(ShopService.values()).map(ShopService::module), Stream.of(DATABASE_FAULT))
            .toList();

    private final LabLayout layout;

    public Stacks(LabLayout layout) {
        this.layout = layout;
    }

    public Stack named(String name, StackOptions options) {
        return switch (name) {
            case MONOLITH -> monolith(options);
            case MICROSERVICES -> microservices(options);
            case ALL -> all(options);
            default -> throw new LabException("unknown stack '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }

    /** The component of that name or alias in any stack, configured with the options given. */
    public Optional<Component> component(String nameOrAlias, StackOptions options) {
        return all(options).components().stream()
                .filter(component -> component.answersTo(nameOrAlias))
                .findFirst();
    }

    public Stack monolith(StackOptions options) {
        int port = options.ports().monolith();
        Map<String, String> environment = new LinkedHashMap<>(dataSource(options, Databases.MONOLITH));
        environment.putAll(options.tracing().environment());
        Component monolith = SpringBootApp.first(
                        MONOLITH,
                        MONOLITH,
                        layout.appJar("monolith-api"),
                        port,
                        options.ports().management(MONOLITH),
                        environment,
                        options.faults(),
                        MONOLITH_FAULTS,
                        needs(options, PostgresComponent.NAME))
                .toComponent(layout);
        String base = "http://127.0.0.1:" + port;
        List<Stack.EntryPoint> entryPoints = new ArrayList<>(List.of(
                new Stack.EntryPoint("API", base + "/api/products/1"),
                new Stack.EntryPoint("OpenAPI", base + "/v3/api-docs"),
                new Stack.EntryPoint(
                        "health", "http://127.0.0.1:" + options.ports().management(MONOLITH) + "/actuator/health")));
        return budgeted(
                new Stack(
                        MONOLITH,
                        List.of(first(options), List.of(monolith)),
                        base,
                        List.of(),
                        withZipkin(entryPoints, options)),
                options);
    }

    /** PostgreSQL, then Eureka, then the five services together, then the gateway (which is told only Eureka's URL). */
    public Stack microservices(StackOptions options) {
        StackPorts ports = options.ports();
        Map<String, String> eureka =
                new LinkedHashMap<>(Map.of("EUREKA_URL", "http://127.0.0.1:" + ports.discovery() + "/eureka"));
        eureka.putAll(options.tracing().environment());
        Component discovery = SpringBootApp.first(
                        DISCOVERY,
                        MICROSERVICES,
                        layout.appJar(DISCOVERY),
                        ports.discovery(),
                        ports.management(DISCOVERY),
                        Map.of(),
                        false,
                        List.of(),
                        List.of())
                .toComponent(layout);
        List<Component> services = Arrays.stream(ShopService.values())
                .map(service -> {
                    Map<String, String> environment = new LinkedHashMap<>(dataSource(options, service.module()));
                    environment.putAll(eureka);
                    return SpringBootApp.first(
                                    service.serviceName(),
                                    MICROSERVICES,
                                    layout.appJar(service.folder()),
                                    ports.service(service),
                                    ports.management(service.serviceName()),
                                    environment,
                                    options.faults(),
                                    service.faultComponents(),
                                    needs(options, PostgresComponent.NAME, DISCOVERY))
                            .toComponent(layout);
                })
                .toList();
        // The lab's load comes from one address at several hundred requests per second: the gateway's per-client
        // rate limit (an edge protection, on by default in Compose) would measure itself instead of the stack.
        Map<String, String> gatewayEnvironment = new LinkedHashMap<>(eureka);
        gatewayEnvironment.put("GATEWAY_RATE_LIMIT_ENABLED", "false");
        Component gateway = SpringBootApp.first(
                        GATEWAY,
                        MICROSERVICES,
                        layout.appJar(GATEWAY),
                        ports.gateway(),
                        ports.management(GATEWAY),
                        gatewayEnvironment,
                        false,
                        List.of(),
                        needs(options, DISCOVERY))
                .toComponent(layout);
        String base = "http://127.0.0.1:" + ports.gateway();
        List<Stack.EntryPoint> entryPoints = new ArrayList<>(List.of(
                new Stack.EntryPoint("API", base + "/api/products/1"),
                new Stack.EntryPoint("Eureka", "http://127.0.0.1:" + ports.discovery()),
                new Stack.EntryPoint("health", "http://127.0.0.1:" + ports.management(GATEWAY) + "/actuator/health")));
        return budgeted(
                new Stack(
                        MICROSERVICES,
                        List.of(first(options), List.of(discovery), services, List.of(gateway)),
                        base,
                        routeProbes(base),
                        withZipkin(entryPoints, options)),
                options);
    }

    /** Both stacks side by side on one PostgreSQL: the monolith starts beside Eureka. */
    public Stack all(StackOptions options) {
        Stack monolith = monolith(options);
        Stack microservices = microservices(options);
        List<List<Component>> waves = new ArrayList<>();
        for (int i = 0; i < microservices.waves().size(); i++) {
            List<Component> wave = new ArrayList<>(microservices.waves().get(i));
            if (i < monolith.waves().size()) {
                monolith.waves().get(i).stream()
                        .filter(component -> !wave.contains(component))
                        .forEach(wave::add);
            }
            waves.add(wave);
        }
        List<Stack.EntryPoint> entryPoints = new ArrayList<>(monolith.entryPoints());
        // Zipkin once, unmarked: both stacks send to the same one
        microservices.entryPoints().stream()
                .filter(entry -> !monolith.entryPoints().contains(entry))
                .forEach(entry -> entryPoints.add(new Stack.EntryPoint(entry.label() + " (ms)", entry.url())));
        return new Stack(ALL, waves, microservices.baseUrl(), microservices.routeProbes(), entryPoints);
    }

    /** One GET per routed service; the product page also proves that catalog-service reaches inventory and reviews. */
    public static List<RouteProbe> routeProbes(String gatewayBase) {
        return Arrays.stream(ShopService.values())
                .filter(service -> service.publicPath().isPresent())
                .map(service -> new RouteProbe(
                        gatewayBase + service.publicPath().orElseThrow(),
                        service == ShopService.CATALOG
                                ? List.of(
                                        GATEWAY,
                                        service.serviceName(),
                                        ShopService.INVENTORY.serviceName(),
                                        ShopService.REVIEWS.serviceName())
                                : List.of(GATEWAY, service.serviceName()),
                        service == ShopService.CATALOG))
                .toList();
    }

    /** Each component on the budget the options give it. */
    private static Stack budgeted(Stack stack, StackOptions options) {
        List<List<Component>> waves = stack.waves().stream()
                .map(wave -> wave.stream()
                        .map(component -> component.budgetedBy(options.budgets()))
                        .toList())
                .toList();
        return new Stack(stack.name(), waves, stack.baseUrl(), stack.routeProbes(), stack.entryPoints());
    }

    /** PostgreSQL, and Zipkin beside it when the stack traces every request: both ready before any app starts. */
    private List<Component> first(StackOptions options) {
        Component postgres = PostgresComponent.create(layout, options.ports().postgres());
        return options.tracing().zipkinInStack()
                ? List.of(
                        postgres,
                        ZipkinComponent.create(layout, options.tracing().zipkinPort()))
                : List.of(postgres);
    }

    /** What an app needs running; Zipkin too when the stack runs it, so that {@code down} stops it after the apps have sent their last spans. */
    private static List<String> needs(StackOptions options, String... components) {
        List<String> needed = new ArrayList<>(List.of(components));
        if (options.tracing().zipkinInStack()) {
            needed.add(ZipkinComponent.NAME);
        }
        return needed;
    }

    private static List<Stack.EntryPoint> withZipkin(List<Stack.EntryPoint> entryPoints, StackOptions options) {
        if (options.tracing().zipkinInStack()) {
            entryPoints.add(new Stack.EntryPoint(
                    "Zipkin", ZipkinComponent.url(options.tracing().zipkinPort())));
        }
        return entryPoints;
    }

    /** An app's own database, as the role that owns it (the server makes both: {@link Databases}). */
    private static Map<String, String> dataSource(StackOptions options, String database) {
        return Map.of(
                "SPRING_DATASOURCE_URL",
                        PostgresComponent.jdbcUrl(options.ports().postgres(), database),
                "SPRING_DATASOURCE_USERNAME", Databases.owner(database),
                "SPRING_DATASOURCE_PASSWORD", Databases.ownerPassword(database));
    }
}
