package io.shoplab.lab.faults;

import java.util.List;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.stack.LabState;
import io.shoplab.lab.stack.StackPart;
import io.shoplab.lab.stack.Stacks;

/**
 * Which running apps a fault goes to. In the monolith every component is a module of the one app
 * (and of each instance {@code scale} added). In the microservices a module's name means its
 * service's own endpoint, on every running instance, and {@code database} means every service.
 * The same rules for local processes ({@link LabState}) and containers (their live apps).
 */
public final class FaultTargets {

    private FaultTargets() {}

    /**
     * The live apps (of local processes or containers) of the stack whose endpoint takes the component; each must
     * have been started with faults.
     */
    public static <A extends StackPart.App> List<A> forComponent(
            List<A> liveApps, Optional<String> stack, String component) {
        if (!Stacks.MONOLITH_FAULTS.contains(component)) {
            throw new LabException(
                    "unknown component '" + component + "'; faults go to " + String.join(", ", Stacks.MONOLITH_FAULTS));
        }
        String chosen = chooseStack(liveApps, stack);
        List<A> targets = liveApps.stream()
                .filter(app ->
                        chosen.equals(app.stack()) && app.faultComponents().contains(component))
                .toList();
        if (targets.isEmpty()) {
            throw new LabException("no running app of the " + chosen + " stack takes faults for '" + component + "'"
                    + " (see ./shoplab status)");
        }
        targets.stream().filter(app -> !app.faults()).findFirst().ifPresent(app -> {
            throw new LabException(app.name() + " was started without --faults, so it has no fault endpoint."
                    + " Restart the stack with it: ./shoplab down && ./shoplab up " + chosen + " --faults");
        });
        return targets;
    }

    /** The live apps of the stack (or of every stack) that have a fault endpoint. */
    public static <A extends StackPart.App> List<A> faultEndpoints(List<A> liveApps, Optional<String> stack) {
        return liveApps.stream()
                .filter(StackPart.App::faults)
                .filter(app -> stack.isEmpty() || stack.get().equals(app.stack()))
                .toList();
    }

    /** The one stack that runs, unless the user named one. */
    static String chooseStack(List<? extends StackPart.App> liveApps, Optional<String> stack) {
        if (stack.isPresent()) {
            if (!List.of(Stacks.MONOLITH, Stacks.MICROSERVICES).contains(stack.get())) {
                throw new LabException("--stack takes monolith or microservices, not '" + stack.get() + "'");
            }
            return stack.get();
        }
        List<String> running = liveApps.stream()
                .filter(app -> !app.faultComponents().isEmpty())
                .map(StackPart.App::stack)
                .distinct()
                .toList();
        if (running.isEmpty()) {
            throw new LabException("no stack is running; start one with ./shoplab up monolith|microservices --faults");
        }
        if (running.size() > 1) {
            throw new LabException("both stacks are running: say which with --stack monolith|microservices");
        }
        return running.get(0);
    }
}
