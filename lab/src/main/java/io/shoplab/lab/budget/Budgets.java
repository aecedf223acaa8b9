package io.shoplab.lab.budget;

import java.util.Map;

/**
 * The budget of every component of a stack: one for each node, and per component where an experiment
 * needs another (catalog-service's own, say).
 *
 * @param node what every component gets unless named in {@code perComponent}
 * @param perComponent by component name ({@code catalog-service-2}) or by the service all its instances run
 *                     ({@code catalog-service})
 */
public record Budgets(Budget node, Map<String, Budget> perComponent) {

    /** Today's behaviour: nothing limited, no control group made. */
    public static final Budgets NONE = new Budgets(Budget.NONE, Map.of());

    public Budgets {
        perComponent = Map.copyOf(perComponent);
    }

    public static Budgets everyNode(Budget node) {
        return new Budgets(node, Map.of());
    }

    public boolean isNone() {
        return node.isNone() && perComponent.values().stream().allMatch(Budget::isNone);
    }

    /** What the lab says where the budgets asked for could not be set, for {@code reason}. */
    public static String notApplied(String reason) {
        return "budgets: not applied (" + reason + "); the components run without them";
    }

    /** The component's own budget, else its service's, else the node's. */
    public Budget of(String componentName, String service) {
        return perComponent.getOrDefault(componentName, perComponent.getOrDefault(service, node));
    }
}
