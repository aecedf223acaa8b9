package io.shoplab.lab.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.stack.StackParts;

/** Every component the lab started and has not stopped with {@code down}, in start order. */
public record LabState(List<RunningComponent> components) implements StackParts {

    public LabState {
        components = List.copyOf(components);
    }

    public static LabState empty() {
        return new LabState(List.of());
    }

    @Override
    public Optional<RunningComponent> find(String nameOrAlias) {
        return components.stream().filter(running -> running.component().answersTo(nameOrAlias)).findFirst();
    }

    /** Records the component, in place of an earlier entry of the same name (keeping its position). */
    public LabState with(RunningComponent running) {
        List<RunningComponent> updated = new ArrayList<>(components);
        int index = indexOf(running.name());
        if (index >= 0) {
            updated.set(index, running);
        } else {
            updated.add(running);
        }
        return new LabState(updated);
    }

    public LabState without(String name) {
        return new LabState(components.stream().filter(running -> !running.name().equals(name)).toList());
    }

    private int indexOf(String name) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
