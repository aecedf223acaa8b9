package io.shoplab.lab.stack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.postgres.Databases;

/** The stacks the lab knows how to run. The microservices stack joins here, reusing {@link PostgresComponent}. */
public final class Stacks {

    public static final String MONOLITH = "monolith";
    public static final List<String> NAMES = List.of(MONOLITH);
    public static final int MONOLITH_PORT = 8080;

    private final LabLayout layout;

    public Stacks(LabLayout layout) {
        this.layout = layout;
    }

    public Stack named(String name, StackOptions options) {
        if (MONOLITH.equals(name)) {
            return monolith(options);
        }
        throw new LabException("unknown stack '" + name + "'; known: " + String.join(", ", NAMES));
    }

    /** The component of that name or alias in any stack, configured with the options given. */
    public Optional<Component> component(String nameOrAlias, StackOptions options) {
        return NAMES.stream()
                .flatMap(stack -> named(stack, options).components().stream())
                .filter(component -> component.answersTo(nameOrAlias))
                .findFirst();
    }

    public Stack monolith(StackOptions options) {
        Component postgres = PostgresComponent.create(layout, options.postgresPort());
        Map<String, String> dataSource = Map.of(
                "SPRING_DATASOURCE_URL", PostgresComponent.jdbcUrl(options.postgresPort(), Databases.MONOLITH),
                "SPRING_DATASOURCE_USERNAME", Databases.USER,
                "SPRING_DATASOURCE_PASSWORD", Databases.PASSWORD);
        Component monolith = new SpringBootApp(MONOLITH, layout.monolithJar(), MONOLITH_PORT, dataSource,
                options.faults(), List.of(PostgresComponent.NAME)).toComponent(layout);
        String base = "http://localhost:" + MONOLITH_PORT;
        return new Stack(MONOLITH, List.of(postgres, monolith), List.of(
                new Stack.EntryPoint("API", base + "/api/products/1"),
                new Stack.EntryPoint("OpenAPI", base + "/v3/api-docs"),
                new Stack.EntryPoint("health", base + "/actuator/health")));
    }
}
