package io.shoplab.lab.faults;

import java.util.List;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.stack.SpringBootApp;
import io.shoplab.lab.stack.Stacks;
import io.shoplab.lab.state.LabState;
import io.shoplab.lab.state.RunningComponent;

/**
 * Which running apps a fault goes to. In the monolith every component is a module of the one app
 * (and of each instance {@code scale} added). In the microservices a module's name means its
 * service's own endpoint, on every running instance, and {@code database} means every service.
 */
public final class FaultTargets {

    public static final List<String> COMPONENTS = List.of("catalog", "reviews", "inventory", "orders", "payments",
            Stacks.DATABASE_FAULT);

    private FaultTargets() {
    }

    /** The running apps of the stack whose endpoint takes the component; each must have been started with faults. */
    public static List<SpringBootApp> forComponent(LabState state, Optional<String> stack, String component) {
        if (!COMPONENTS.contains(component)) {
            throw new LabException("unknown component '" + component + "'; faults go to " + String.join(", ", COMPONENTS));
        }
        String chosen = chooseStack(state, stack);
        List<SpringBootApp> targets = runningApps(state, chosen).stream()
                .filter(app -> app.faultComponents().contains(component))
                .toList();
        if (targets.isEmpty()) {
            throw new LabException("no running app of the " + chosen + " stack takes faults for '" + component + "'"
                    + " (see ./shoplab status)");
        }
        targets.stream().filter(app -> !app.faults()).findFirst().ifPresent(app -> {
            throw withoutFaults(app, chosen);
        });
        return targets;
    }

    /** The running apps of the stack (or of every stack) that have a fault endpoint. */
    public static List<SpringBootApp> faultEndpoints(LabState state, Optional<String> stack) {
        return state.components().stream()
                .filter(RunningComponent::isAlive)
                .map(running -> running.component().app())
                .filter(app -> app != null && app.faults())
                .filter(app -> stack.isEmpty() || stack.get().equals(app.stack()))
                .toList();
    }

    /** The one stack that runs, unless the user named one. */
    static String chooseStack(LabState state, Optional<String> stack) {
        if (stack.isPresent()) {
            if (!List.of(Stacks.MONOLITH, Stacks.MICROSERVICES).contains(stack.get())) {
                throw new LabException("--stack takes monolith or microservices, not '" + stack.get() + "'");
            }
            return stack.get();
        }
        List<String> running = state.components().stream().filter(RunningComponent::isAlive)
                .map(each -> each.component().app())
                .filter(app -> app != null && !app.faultComponents().isEmpty())
                .map(SpringBootApp::stack).distinct().toList();
        if (running.isEmpty()) {
            throw new LabException("no stack is running; start one with ./shoplab up monolith|microservices --faults");
        }
        if (running.size() > 1) {
            throw new LabException("both stacks are running: say which with --stack monolith|microservices");
        }
        return running.get(0);
    }

    private static List<SpringBootApp> runningApps(LabState state, String stack) {
        return state.components().stream().filter(RunningComponent::isAlive)
                .map(running -> running.component().app())
                .filter(app -> app != null && stack.equals(app.stack()))
                .toList();
    }

    private static LabException withoutFaults(SpringBootApp app, String stack) {
        return new LabException(app.name() + " was started without --faults, so it has no fault endpoint."
                + " Restart the stack with it: ./shoplab down && ./shoplab up " + stack + " --faults");
    }
}
