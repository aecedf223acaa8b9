package io.shoplab.lab.stack;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every component the lab started and has not stopped with {@code down}, in start order.
 *
 * @param components what runs
 * @param budgetsUnavailable why the budgets asked for could not be set (the components run without them);
 *                           {@code null} when they were set, or none was asked for
 */
public record LabState(List<RunningComponent> components, String budgetsUnavailable) implements StackParts {

    public LabState {
        components = List.copyOf(components);
    }

    public static LabState empty() {
        return new LabState(List.of(), null);
    }

    /**
     * Why the components run without the budgets they were given, if they do: a verdict that needs budgets is
     * then not tested, rather than drawn from a run where every process shared the whole machine.
     */
    public Optional<String> whyBudgetsAreAbsent() {
        return Optional.ofNullable(budgetsUnavailable);
    }

    public LabState withBudgetsUnavailable(String reason) {
        return new LabState(components, reason);
    }

    /** The apps of the components that are alive, as {@code ContainerParts.liveApps()} on containers. */
    public List<SpringBootApp> liveApps() {
        return components.stream()
                .filter(RunningComponent::isAlive)
                .map(running -> running.component().app())
                .filter(app -> app != null)
                .toList();
    }

    @Override
    public Optional<RunningComponent> find(String nameOrAlias) {
        return components.stream()
                .filter(running -> running.component().answersTo(nameOrAlias))
                .findFirst();
    }

    /** Records the component, in place of an earlier entry of the same name (keeping its position). */
    public LabState with(RunningComponent running) {
        boolean known = components.stream().anyMatch(earlier -> earlier.name().equals(running.name()));
        List<RunningComponent> updated = known
                ? components.stream()
                        .map(earlier -> earlier.name().equals(running.name()) ? running : earlier)
                        .toList()
                : Stream.concat(components.stream(), Stream.of(running)).toList();
        return new LabState(updated, budgetsUnavailable);
    }

    /** Without the component; once the last one is gone, nothing is left to be without its budget either. */
    public LabState without(String name) {
        List<RunningComponent> left = components.stream()
                .filter(running -> !running.name().equals(name))
                .toList();
        return new LabState(left, left.isEmpty() ? null : budgetsUnavailable);
    }
}
